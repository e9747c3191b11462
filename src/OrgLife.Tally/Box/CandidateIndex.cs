namespace OrgLife.Tally.Box;

/// <summary>The lookups of a candidate list, built once per list and shared by all its boxes.</summary>
internal sealed class CandidateIndex
{
    private CandidateIndex(AssessmentCandidates candidates)
    {
        Graded = new NameIndex(candidates.Graded.Select(id => id.Value));
        Probationary = new NameIndex(candidates.Probationary.Select(id => id.Value));
    }

    internal NameIndex Graded { get; }

    internal NameIndex Probationary { get; }

    internal static CandidateIndex Of(AssessmentCandidates candidates) => IndexCache<AssessmentCandidates, CandidateIndex>.Of(candidates, static k => new CandidateIndex(k));
}
