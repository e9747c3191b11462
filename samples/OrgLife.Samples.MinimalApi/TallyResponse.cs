namespace OrgLife.Samples.MinimalApi;

/// <summary>What POST /ballots answers: each branch's counts and suggested grades.</summary>
/// <param name="Branches">One entry per branch, in input order.</param>
public sealed record TallyResponse(IReadOnlyList<BranchTallyResponse> Branches);

/// <summary>One branch's tally.</summary>
/// <param name="Branch">The branch ID.</param>
/// <param name="Issued">Ballots issued.</param>
/// <param name="Accepted">Ballots accepted.</param>
/// <param name="Rejected">Ballots rejected (OL401–OL405).</param>
/// <param name="SkippedRows">CSV rows skipped as malformed.</param>
/// <param name="Candidates">Each candidate's suggested grade.</param>
public sealed record BranchTallyResponse(string Branch, long Issued, long Accepted, long Rejected, long SkippedRows, IReadOnlyList<CandidateResponse> Candidates);

/// <summary>One candidate's suggestion.</summary>
/// <param name="Candidate">The member ID.</param>
/// <param name="SuggestedGrade">The suggested grade (advice: the branch decides), or null when none is suggested.</param>
public sealed record CandidateResponse(string Candidate, string? SuggestedGrade);
