namespace OrgLife.Tally.Forms;

/// <summary>What a ballot-level validity rule voids when it fires.</summary>
public enum VoidScope
{
    /// <summary>The whole ballot (废票): it is returned but not valid, and counted apart by the rule that fired.</summary>
    Ballot = 0,

    /// <summary>
    /// The section the rule looked at: the criterion's column of every candidate (caps, identical marks, places), or the
    /// candidate's columns (an inconsistent overall grade). Those marks become void; the rest of the ballot stands.
    /// </summary>
    Section = 1,
}
