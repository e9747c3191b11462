using System.Collections.Immutable;
using OrgLife.Ids;

namespace OrgLife.Tally.Box;

/// <summary>The lookups of a candidate list, built once per list and shared by all its boxes.</summary>
internal sealed class CandidateIndex
{
    private readonly ImmutableArray<MemberId> graded;
    private Utf8NameIndex? utf8Graded;

    private CandidateIndex(AssessmentCandidates candidates)
    {
        graded = candidates.Graded;
        Graded = new NameIndex(candidates.Graded.Select(id => id.Value));
        Probationary = new NameIndex(candidates.Probationary.Select(id => id.Value));
    }

    internal NameIndex Graded { get; }

    /// <summary>The graded candidates by UTF-8 ID, for byte-level readers; built on first use.</summary>
    internal Utf8NameIndex Utf8Graded => Volatile.Read(ref utf8Graded) ?? BuildUtf8Graded();

    internal NameIndex Probationary { get; }

    // Two threads may both build it; either result is the same, and one wins.
    private Utf8NameIndex BuildUtf8Graded()
    {
        Interlocked.CompareExchange(ref utf8Graded, new Utf8NameIndex(Graded, graded.Select(id => id.Value)), null);
        return utf8Graded;
    }

    internal static CandidateIndex Of(AssessmentCandidates candidates) => IndexCache<AssessmentCandidates, CandidateIndex>.Of(candidates, static k => new CandidateIndex(k));
}
