namespace OrgLife.Findings;

/// <summary>
/// The subject of a finding: its kind, the vendor's ID where it has one, and the path of the
/// offending value in the branch record (for example <c>meeting.attendance[3]</c>).
/// </summary>
/// <param name="Kind">What the finding is about.</param>
/// <param name="Id">The vendor's ID of the member, group or item; null for the branch, meeting and the like.</param>
/// <param name="Path">The path of the offending value in the record, dotted, with indexes in brackets.</param>
public readonly record struct FindingSubject(SubjectKind Kind, string? Id, string Path)
{
    /// <inheritdoc />
    public override string ToString() => Id is null ? Path : $"{Path} ({Id})";
}
