using System.Collections.Immutable;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Box;

/// <summary>What became of one submitted ballot.</summary>
/// <param name="Serial">The ballot's serial as given.</param>
/// <param name="Rejection">Why the ballot was rejected; null when it was accepted and counted.</param>
/// <param name="VoidMarks">The void marks of an accepted ballot (each void for its column alone).</param>
/// <param name="IgnoredProbationaryMarks">Marks for probationary members, ignored and counted (OL404).</param>
public sealed record BallotOutcome(string Serial, BallotRejection? Rejection, ImmutableArray<MarkProblem> VoidMarks, int IgnoredProbationaryMarks)
{
    /// <summary>True when the ballot was accepted and counted (neither rejected nor voided by a validity rule).</summary>
    public bool IsAccepted => Rejection is null && VoidedBy is null;

    /// <summary>The validity rule that voided the whole ballot (废票: returned, not valid, not counted), or null.</summary>
    public OrgLife.Tally.Forms.BallotValidityRule? VoidedBy { get; init; }

    /// <summary>Why the whole ballot is void (废票, naming the validity rule), rendered by <see cref="TallyMessage.In"/>; null when no rule voided it.</summary>
    public TallyMessage? VoidReason => VoidedBy is { } rule ? new TallyMessage("Void.ByRule", ("rule", rule.Name)) : null;
}
