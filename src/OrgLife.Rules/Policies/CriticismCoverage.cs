namespace OrgLife.Rules.Policies;

/// <summary>How "每人至少提一条批评意见" is counted (OL206).</summary>
public enum CriticismCoverage
{
    /// <summary>Every examinee receives at least one criticism from every other participant (the default).</summary>
    EveryParticipantToEveryExaminee = 0,

    /// <summary>Every participant makes at least one criticism overall.</summary>
    EveryParticipantAtLeastOnce = 1,
}
