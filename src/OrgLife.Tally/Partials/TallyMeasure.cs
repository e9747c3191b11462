namespace OrgLife.Tally.Partials;

/// <summary>What a <see cref="TallyRow"/> counts. Every measure adds up across partials (SUM … GROUP BY) except where noted.</summary>
public enum TallyMeasure
{
    /// <summary>Ballots issued (发出); one row per partial (OL401).</summary>
    Issued = 0,

    /// <summary>Accepted (valid) ballots of one voter category.</summary>
    Accepted = 1,

    /// <summary>Rejected ballots for one reason (OL402 and the others of <see cref="Box.RejectionCode"/>).</summary>
    Rejected = 2,

    /// <summary>A graded candidate (full member) on the ballot, count 1; its order is the report order. A fact, not additive across boxes of one branch.</summary>
    GradedCandidate = 3,

    /// <summary>A probationary candidate listed and never graded; the count is the marks ignored for them (OL404), possibly 0.</summary>
    IgnoredProbationaryMarks = 4,

    /// <summary>Valid marks at one level of one column and voter category.</summary>
    Mark = 5,

    /// <summary>Blank marks (弃权) of one column and voter category.</summary>
    Abstention = 6,

    /// <summary>Void marks (OL403) of one column and voter category.</summary>
    VoidMark = 7,

    /// <summary>Void marks that belong to no column (an unknown candidate or criterion, OL403).</summary>
    UnattributableVoidMarks = 8,

    /// <summary>Input rows a reader skipped as malformed (never counted).</summary>
    SkippedRows = 9,

    /// <summary>Ballots of one voter category voided whole by the form's validity rules (废票): returned, not valid, not counted.</summary>
    VoidedBallots = 10,

    /// <summary>Ballots voided whole by one validity rule; one row per rule of the form, always present (possibly 0).</summary>
    VoidedBallotsByRule = 11,

    /// <summary>Ballots with a section voided by one validity rule (once per ballot and rule).</summary>
    VoidedSections = 12,

    /// <summary>As <see cref="Mark"/>, counted as if the form had no validity rules (voided ballots accepted, voided sections restored).</summary>
    MarkWithoutRules = 13,

    /// <summary>As <see cref="Abstention"/>, counted as if the form had no validity rules.</summary>
    AbstentionWithoutRules = 14,

    /// <summary>As <see cref="VoidMark"/>, counted as if the form had no validity rules.</summary>
    VoidMarkWithoutRules = 15,
}
