using System.Collections.Immutable;

namespace OrgLife.Tally.Forms;

/// <summary>Thrown when a ballot form (or its JSON) is not a valid form; lists every problem found.</summary>
public sealed class BallotFormException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">At least one problem.</param>
    public BallotFormException(IEnumerable<FormProblem> problems)
        : this(problems.ToImmutableArray())
    {
    }

    private BallotFormException(ImmutableArray<FormProblem> problems)
        : base("Invalid ballot form: " + string.Join("; ", problems))
        => Problems = problems;

    /// <summary>Every problem found, in the order of the definition.</summary>
    public ImmutableArray<FormProblem> Problems { get; }
}
