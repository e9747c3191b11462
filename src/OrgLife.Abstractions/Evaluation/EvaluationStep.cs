namespace OrgLife.Evaluation;

/// <summary>The steps of the democratic evaluation of members (民主评议党员), in their required order (OL301).</summary>
public enum EvaluationStep
{
    /// <summary>个人自评 — self-evaluation.</summary>
    SelfEvaluation = 1,

    /// <summary>党员互评 — peer evaluation.</summary>
    PeerEvaluation = 2,

    /// <summary>民主测评 — democratic assessment by ballot.</summary>
    DemocraticAssessment = 3,

    /// <summary>组织评定 — the organization's determination of grades.</summary>
    OrganizationalDetermination = 4,
}
