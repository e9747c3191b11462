using OrgLife.Tally.Partials;

namespace OrgLife.Partials;

/// <summary>The constants and texts of the partial-tally format (docs/partial-tally-format.md).</summary>
public static class PartialFormat
{
    /// <summary>The format version this library writes; it reads this one and version 1 (<see cref="IsReadable"/>).</summary>
    public const int Version = 2;

    /// <summary>True for a version this library reads: 2, and 1 (written before the validity-rule measures; read as having none).</summary>
    /// <param name="version">The version.</param>
    public static bool IsReadable(int? version) => version is 1 or Version;

    /// <summary>The organization level columns, <c>org_1</c> … <c>org_8</c>.</summary>
    public const int OrganizationLevels = 8;

    /// <summary>The Parquet key-value metadata key holding the format version.</summary>
    public const string VersionKey = "orglife.partial-tally.format-version";

    /// <summary>The Parquet key-value metadata key holding the ballot forms, a JSON object from assessment ID to form.</summary>
    public const string FormsKey = "orglife.partial-tally.forms";

    /// <summary>
    /// The Parquet key-value metadata key holding the SHA-256 (lower-case hex) of every byte before the footer; readers
    /// check it before decoding, so a damaged file is one error, never a runaway decode. Files without it are read unchecked.
    /// </summary>
    public const string DataChecksumKey = "orglife.partial-tally.data-sha256";

    /// <summary>The text of a measure in files (<c>issued</c>, <c>mark</c>, <c>void_mark</c> …).</summary>
    /// <param name="measure">The measure.</param>
    public static string MeasureText(TallyMeasure measure) => measure switch
    {
        TallyMeasure.Issued => "issued",
        TallyMeasure.Accepted => "accepted",
        TallyMeasure.Rejected => "rejected",
        TallyMeasure.GradedCandidate => "graded_candidate",
        TallyMeasure.IgnoredProbationaryMarks => "ignored_probationary_marks",
        TallyMeasure.Mark => "mark",
        TallyMeasure.Abstention => "abstention",
        TallyMeasure.VoidMark => "void_mark",
        TallyMeasure.UnattributableVoidMarks => "unattributable_void_marks",
        TallyMeasure.SkippedRows => "skipped_rows",
        TallyMeasure.VoidedBallots => "voided_ballots",
        TallyMeasure.VoidedBallotsByRule => "voided_ballots_by_rule",
        TallyMeasure.VoidedSections => "voided_sections",
        TallyMeasure.MarkWithoutRules => "mark_without_rules",
        TallyMeasure.AbstentionWithoutRules => "abstention_without_rules",
        TallyMeasure.VoidMarkWithoutRules => "void_mark_without_rules",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure."),
    };

    /// <summary>The measure of a text, or null when it names none.</summary>
    /// <param name="text">The text.</param>
    public static TallyMeasure? MeasureOf(string? text) =>
        Enum.GetValues<TallyMeasure>().Cast<TallyMeasure?>().FirstOrDefault(m => MeasureText(m!.Value) == text);

    /// <summary>The text of a section: <c>candidate</c> or <c>committee</c>.</summary>
    /// <param name="section">The section.</param>
    public static string SectionText(CriterionSection section) => section == CriterionSection.Committee ? "committee" : "candidate";

    /// <summary>The section of a text, or null when it names none.</summary>
    /// <param name="text">The text.</param>
    public static CriterionSection? SectionOf(string? text) => text switch
    {
        "candidate" => CriterionSection.Candidate,
        "committee" => CriterionSection.Committee,
        _ => null,
    };
}
