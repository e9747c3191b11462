namespace OrgLife.Tally.Box;

/// <summary>Why a whole ballot was rejected and not counted.</summary>
public enum RejectionCode
{
    /// <summary>OL402 一人一票 — a ballot with this serial or voter token was already accepted.</summary>
    DuplicateSerial = 0,

    /// <summary>The ballot names a voter category the form does not have (or none, on a form with several).</summary>
    UnknownVoterCategory = 1,

    /// <summary>The ballot has no serial or voter token, so OL402 cannot be enforced.</summary>
    MissingSerial = 2,
}
