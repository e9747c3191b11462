using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Partials;

/// <summary>The outcome of reading a partial tally from rows: the tally, or the reason it could not be built.</summary>
/// <param name="Tally">The tally, when every row fitted the form.</param>
/// <param name="Error">Why the rows do not make a tally (naming the row and the field), when they do not.</param>
public sealed record TallyRowsReadResult(AssessmentTally? Tally, string? Error);
