using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Ids;
using OrgLife.Tally.Merging;

namespace OrgLife.Partials;

/// <summary>
/// 部分计票结果 — one branch's partial tally of one assessment, with the branch's place in the organization,
/// as it leaves the process (docs/partial-tally-format.md). Counts only, no voter identity (OL405). Immutable,
/// compared by value.
/// </summary>
public sealed class PartialTally : IEquatable<PartialTally>
{
    /// <summary>Creates a partial.</summary>
    /// <param name="assessmentId">The assessment's ID, shared by every branch of one round (e.g. <c>2026-民主评议</c>).</param>
    /// <param name="branch">The branch.</param>
    /// <param name="organizationPath">The branch's superiors from the top down (<see cref="Branch.OrganizationPath"/>).</param>
    /// <param name="tally">The branch's tally.</param>
    /// <exception cref="ArgumentException">The assessment ID is not a usable ID, or the path breaks <see cref="OrganizationPaths"/>.</exception>
    public PartialTally(string assessmentId, BranchId branch, ImmutableArray<string> organizationPath, AssessmentTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (string.IsNullOrWhiteSpace(assessmentId) || assessmentId.Length > 128 || assessmentId.Trim().Length != assessmentId.Length || assessmentId.Any(char.IsControl))
        {
            throw new ArgumentException("The assessment ID must be 1 to 128 characters without surrounding white space or control characters.", nameof(assessmentId));
        }

        if (branch.IsDefault)
        {
            throw new ArgumentException("The branch ID must not be empty.", nameof(branch));
        }

        AssessmentId = assessmentId;
        Branch = branch;
        OrganizationPath = OrganizationPaths.Validate(organizationPath, branch);
        Tally = tally;
    }

    /// <summary>The assessment's ID.</summary>
    public string AssessmentId { get; }

    /// <summary>The branch.</summary>
    public BranchId Branch { get; }

    /// <summary>The branch's superiors from the top down; may be empty.</summary>
    public ImmutableArray<string> OrganizationPath { get; }

    /// <summary>The counts.</summary>
    public AssessmentTally Tally { get; }

    /// <summary>The partial as the library's roll-up takes it (<see cref="RollUp.Build"/>).</summary>
    public BranchTally ToBranchTally() => new(Branch, OrganizationPath, Tally);

    /// <inheritdoc />
    public bool Equals(PartialTally? other) =>
        other is not null && AssessmentId == other.AssessmentId && Branch == other.Branch
        && OrganizationPath.SequenceEqual(other.OrganizationPath) && Tally.Equals(other.Tally);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PartialTally);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AssessmentId, Branch, Tally);
}
