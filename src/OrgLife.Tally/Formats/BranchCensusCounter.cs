using System.Text;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Formats;

/// <summary>
/// The counts a <see cref="CsvBallotReader"/> in census mode keeps of the branch being read: its candidates (each
/// distinct text once) and its ballots. Holds one branch at a time; the last one finished waits in <see cref="Finished"/>.
/// </summary>
internal sealed class BranchCensusCounter(BallotForm? form = null)
{
    private readonly FormIndex? formIndex = form is null ? null : FormIndex.Of(form);
    private readonly List<MemberId> candidates = [];

    // Each candidate's UTF-8 bytes, by index, so a row's candidate is matched on its bytes (ballots list candidates in
    // order: the one after the last is tried first).
    private readonly List<byte[]> candidateUtf8 = [];
    private int lastCandidate = -1;
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> criteria = new(StringComparer.Ordinal);

    // The columns (candidate, criterion) the open ballot named: column c of candidate i is named when
    // namedStamps[i + 1][c] holds the ballot's stamp (a new stamp per ballot empties the set at no cost); criteria
    // past StampedCriteria go to the hash set, so a row of stamps stays small whatever the input.
    private const int StampedCriteria = 64;
    private int[]?[] namedStamps = [];
    private int ballotStamp = 1;
    private readonly HashSet<(int Candidate, int Criterion)> named = [];
    private (int Candidate, int Criterion) lastNamed = (-3, -1);
    private bool copyFound;
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
        candidateUtf8.Clear();
        lastCandidate = -1;
        seen.Clear();
        criteria.Clear();
        InBranch = true;
    }

    /// <summary>
    /// Counts a ballot returned (a new serial). With the form, a ballot whose category is not on it is rejected by the
    /// box at its first row, so its rows name no column and it has no second copy to find.
    /// </summary>
    internal void CountBallot(ReadOnlySpan<char> category)
    {
        ballots++;
        if (named.Count > 0)
        {
            named.Clear();
        }

        if (++ballotStamp == int.MaxValue)
        {
            // Stamps wrapped (after 2^31 ballots): forget every one, as the set was forgotten.
            namedStamps = [];
            ballotStamp = 1;
        }

        lastNamed = (-3, -1);
        copyFound = form is not null && form.ResolveBallotCategory(category) < 0;
    }

    /// <summary>
    /// Counts the candidate field of a row read (empty: the committee section), and a second ballot returned when the
    /// row begins a second copy of the open ballot: it names a candidate and criterion the ballot named before, not on
    /// its previous row (the reader's rule, docs/tally.md "Row order"; blanks and texts that are no valid ID name
    /// nothing; further copies belong to the second, as the reader rejects them with it).
    /// </summary>
    internal void Row(ReadOnlySpan<char> candidate, ReadOnlySpan<char> criterion, ReadOnlySpan<char> grade)
    {
        var index = Candidate(candidate);
        if (copyFound || grade.IsEmpty || index == -2)
        {
            return;
        }

        Named(index, Criterion(index, criterion));
    }

    /// <summary><see cref="Row"/> on the UTF-8 bytes of a row the reader found clean (valid UTF-8, no U+FFFD).</summary>
    internal void RowUtf8(ReadOnlySpan<byte> candidate, ReadOnlySpan<byte> criterion, ReadOnlySpan<byte> grade)
    {
        var index = CandidateUtf8(candidate);
        if (copyFound || grade.IsEmpty || index == -2)
        {
            return;
        }

        if (criterion.IsEmpty)
        {
            Named(index, Criterion(index, []));
            return;
        }

        var chars = criterion.Length <= 128 ? stackalloc char[criterion.Length] : new char[criterion.Length];
        var length = Encoding.UTF8.GetChars(criterion, chars);
        Named(index, Criterion(index, chars[..length]));
    }

    /// <summary>
    /// True when a row's candidate field is empty (the committee section) or the bytes of the candidate after the last
    /// one read — bytes of a row the reader found clean, so the field is clean too.
    /// </summary>
    internal bool IsNextCandidate(ReadOnlySpan<byte> text)
    {
        var next = lastCandidate + 1;
        return text.IsEmpty || (next < candidateUtf8.Count && text.SequenceEqual(candidateUtf8[next]));
    }

    private int CandidateUtf8(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty)
        {
            return -1;
        }

        var next = lastCandidate + 1;
        if (next < candidateUtf8.Count && text.SequenceEqual(candidateUtf8[next]))
        {
            return lastCandidate = next;
        }

        var chars = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var index = Candidate(chars[..Encoding.UTF8.GetChars(text, chars)]);
        if (index >= 0)
        {
            lastCandidate = index;
        }

        return index;
    }

    // A row names a column (candidate, criterion): a second copy begins when the ballot named it before, not on its previous row.
    private void Named(int candidate, int criterion)
    {
        var key = (candidate, criterion);
        if (key.Item2 < 0)
        {
            return;
        }

        if (key.Item2 >= StampedCriteria)
        {
            if (named.Contains(key) && key != lastNamed)
            {
                copyFound = true;
                ballots++;
                return;
            }

            named.Add(key);
            lastNamed = key;
            return;
        }

        ref var stamp = ref NamedStamp(candidate + 1, criterion);
        if (stamp == ballotStamp && key != lastNamed)
        {
            copyFound = true;
            ballots++;
            return;
        }

        stamp = ballotStamp;
        lastNamed = key;
    }

    // The stamp of column (row − 1, criterion), the arrays grown as needed.
    private ref int NamedStamp(int row, int criterion)
    {
        if (row >= namedStamps.Length)
        {
            Array.Resize(ref namedStamps, Math.Max(row + 1, namedStamps.Length * 2));
        }

        ref var stamps = ref namedStamps[row];
        if (stamps is null || criterion >= stamps.Length)
        {
            Array.Resize(ref stamps, Math.Min(StampedCriteria, Math.Max(criterion + 1, (stamps?.Length ?? 2) * 2)));
        }

        return ref stamps[criterion];
    }

    // The candidate's index in the branch (−1 for the committee section, −2 for text that is no valid ID).
    private int Candidate(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return -1;
        }

        if (seen.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known))
        {
            return known;
        }

        var id = text.ToString();
        try
        {
            candidates.Add(new MemberId(id));
            candidateUtf8.Add(Encoding.UTF8.GetBytes(id));
            seen.Add(id, candidates.Count - 1);
            return candidates.Count - 1;
        }
        catch (ArgumentException)
        {
            // Not a valid ID: no roster can hold it, so its marks are void as an unknown candidate (OL403).
            seen.Add(id, -2);
            return -2;
        }
    }

    // With the form, the criterion's index as the box resolves it (−1 when it has none: a void mark names no column);
    // without, each distinct text.
    private int Criterion(int candidate, ReadOnlySpan<char> text)
    {
        if (formIndex is not null)
        {
            return candidate == -1
                ? (text.IsEmpty ? (form!.CommitteeCriteria.Length == 1 ? 0 : -1) : formIndex.Committee.Find(text))
                : (text.IsEmpty ? form!.DefaultCriterionIndex : formIndex.Criteria.Find(text));
        }

        if (criteria.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known))
        {
            return known;
        }

        criteria.Add(text.ToString(), criteria.Count);
        return criteria.Count - 1;
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
