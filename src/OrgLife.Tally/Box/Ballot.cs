namespace OrgLife.Tally.Box;

/// <summary>
/// One returned ballot (选票): its serial number or voter token, the voter's category and its marks.
/// The serial is used only to reject duplicates and is forgotten once validated (OL405).
/// </summary>
/// <param name="Serial">The serial or voter token; not empty, unique within the assessment (OL402).</param>
/// <param name="Category">The voter category's name; null for the form's only category.</param>
/// <param name="Marks">The marks; a candidate or criterion not marked is a blank.</param>
public sealed record Ballot(string Serial, string? Category, IReadOnlyList<Mark> Marks);
