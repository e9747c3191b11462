using OrgLife.Ids;

namespace OrgLife.Tally.Formats;

/// <summary>
/// The counts a <see cref="CsvBallotReader"/> in census mode keeps of the branch being read: its candidates (each
/// distinct text once) and its ballots. Holds one branch at a time; the last one finished waits in <see cref="Finished"/>.
/// </summary>
internal sealed class BranchCensusCounter
{
    private readonly List<MemberId> candidates = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private BranchId branch;
    private long ballots;

    /// <summary>True between a valid branch's first row and its end.</summary>
    internal bool InBranch { get; private set; }

    /// <summary>The branch finished last, until taken.</summary>
    internal BranchCensus? Finished { get; private set; }

    internal void Enter(BranchId id)
    {
        branch = id;
        ballots = 0;
        candidates.Clear();
        seen.Clear();
        InBranch = true;
    }

    internal void CountBallot() => ballots++;

    /// <summary>Counts the candidate field of a row read (empty: the committee section).</summary>
    internal void Candidate(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || seen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
        {
            return;
        }

        var id = text.ToString();
        seen.Add(id);
        try
        {
            candidates.Add(new MemberId(id));
        }
        catch (ArgumentException)
        {
            // Not a valid ID: no roster can hold it, so its marks are void as an unknown candidate (OL403).
        }
    }

    /// <summary>Ends the branch being read, if any: true when one ended (it is then in <see cref="Finished"/>).</summary>
    internal bool Finish()
    {
        if (!InBranch)
        {
            return false;
        }

        Finished = new BranchCensus(branch, [.. candidates], ballots);
        InBranch = false;
        return true;
    }

    internal BranchCensus? TakeFinished()
    {
        var finished = Finished;
        Finished = null;
        return finished;
    }
}
