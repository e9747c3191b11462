using System.Collections.Immutable;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Merging;

/// <summary>
/// The partial tally of one assessment: counts only, no serial and no ballot (OL405). Partials of the same form
/// and candidates (per 党小组, per counting machine, per input file) merge in any order and grouping with the
/// same result, and <see cref="Empty"/> is the identity of <see cref="Merge(AssessmentTally)"/>. Immutable,
/// compared by value, thread safe.
/// </summary>
public sealed class AssessmentTally : IEquatable<AssessmentTally>
{
    private readonly ImmutableArray<ImmutableArray<long>> categoryCounts;
    private Lazy<bool[]?[]?>? asked;

    internal AssessmentTally(
        BallotForm form,
        AssessmentCandidates candidates,
        long issued,
        ImmutableArray<long> acceptedByCategory,
        ImmutableArray<long> rejectedByCode,
        ImmutableArray<ImmutableArray<long>> categoryCounts,
        ImmutableArray<long> ignoredProbationaryMarks,
        long unattributableVoidMarks,
        long skippedRows,
        ValidityCounts? validity = null)
    {
        Form = form;
        Candidates = candidates;
        Issued = issued;
        AcceptedByCategory = acceptedByCategory;
        RejectedByCode = rejectedByCode;
        this.categoryCounts = categoryCounts;
        IgnoredProbationaryMarks = ignoredProbationaryMarks;
        UnattributableVoidMarks = unattributableVoidMarks;
        SkippedRows = skippedRows;
        Layout = new ColumnLayout(form, candidates.Graded.Length);
        Validity = validity ?? ValidityCounts.Empty(form.VoterCategories.Length, form.ValidityRules.Length, Layout.CounterCount);
    }

    /// <summary>The ballot form.</summary>
    public BallotForm Form { get; }

    /// <summary>The candidates.</summary>
    public AssessmentCandidates Candidates { get; }

    /// <summary>Ballots issued, summed over the partials (give the whole number to one partial when several count one pile).</summary>
    public long Issued { get; }

    /// <summary>Accepted ballots per voter category, in the form's order.</summary>
    public ImmutableArray<long> AcceptedByCategory { get; }

    /// <summary>Rejected ballots per <see cref="RejectionCode"/> (indexed by the code's value).</summary>
    public ImmutableArray<long> RejectedByCode { get; }

    /// <summary>Marks ignored per probationary candidate, in <see cref="AssessmentCandidates.Probationary"/> order (OL404).</summary>
    public ImmutableArray<long> IgnoredProbationaryMarks { get; }

    /// <summary>Void marks that belong to no column (an unknown candidate or criterion, OL403), one per choice written.</summary>
    public long UnattributableVoidMarks { get; }

    /// <summary>Input rows a reader skipped as malformed (never counted).</summary>
    public long SkippedRows { get; }

    /// <summary>Accepted (valid) ballots.</summary>
    public long Accepted => Total(AcceptedByCategory);

    /// <summary>Rejected ballots.</summary>
    public long Rejected => Total(RejectedByCode);

    /// <summary>Returned ballots: accepted + rejected + voided by a ballot-validity rule.</summary>
    public long Returned => Accepted + Rejected + VoidedBallots;

    /// <summary>废票 — ballots voided whole by the form's validity rules: returned, not valid, not counted.</summary>
    public long VoidedBallots => Total(Validity.BallotsByCategory);

    /// <summary>Ballots voided whole per validity rule, in <see cref="BallotForm.ValidityRules"/> order.</summary>
    public ImmutableArray<long> VoidedBallotsByRule => Validity.BallotsByRule;

    /// <summary>Ballots with a section voided per validity rule (a ballot counts once per rule that voided a section of it).</summary>
    public ImmutableArray<long> VoidedSectionsByRule => Validity.SectionsByRule;

    /// <summary>OL401: more ballots returned than issued voids the whole assessment.</summary>
    public bool IsVoid => Returned > Issued;

    internal ColumnLayout Layout { get; }

    internal ValidityCounts Validity { get; }

    // A sum over the span: LINQ's Sum would box the array and allocate an enumerator, and IsVoid is asked per candidate.
    private static long Total(ImmutableArray<long> counts)
    {
        var total = 0L;
        foreach (var count in counts.AsSpan())
        {
            total = checked(total + count);
        }

        return total;
    }

    /// <summary>The empty tally of a form and candidates: no ballot issued or returned.</summary>
    /// <param name="form">The form.</param>
    /// <param name="candidates">The candidates.</param>
    public static AssessmentTally Empty(BallotForm form, AssessmentCandidates candidates)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(candidates);
        var layout = new ColumnLayout(form, candidates.Graded.Length);
        var zeros = ImmutableArray.Create(new long[layout.CounterCount]);
        return new AssessmentTally(
            form,
            candidates,
            0,
            ImmutableArray.Create(new long[form.VoterCategories.Length]),
            ImmutableArray.Create(new long[RejectionCodes.Count]),
            [.. form.VoterCategories.Select(_ => zeros)],
            ImmutableArray.Create(new long[candidates.Probationary.Length]),
            0,
            0);
    }

    /// <summary>Merges several partials of one assessment; all must share the form and candidates.</summary>
    /// <param name="tallies">At least one partial.</param>
    /// <exception cref="ArgumentException">No partial was given, or they do not belong to one assessment.</exception>
    public static AssessmentTally Merge(IEnumerable<AssessmentTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        AssessmentTally? result = null;
        foreach (var tally in tallies)
        {
            result = result is null ? tally : result.Merge(tally);
        }

        return result ?? throw new ArgumentException("At least one tally is needed to merge.", nameof(tallies));
    }

    /// <summary>The counters of one voter category: <c>columns × (widest level count + 2)</c>, as the kernel lays them out.</summary>
    /// <param name="categoryIndex">The category's index in the form.</param>
    public ReadOnlySpan<long> CountsOf(int categoryIndex) => categoryCounts[categoryIndex].AsSpan();

    /// <summary>Ballots of one voter category voided whole by the validity rules.</summary>
    /// <param name="categoryIndex">The category's index in the form.</param>
    public long VoidedBallotsOf(int categoryIndex) => Validity.BallotsByCategory[categoryIndex];

    /// <summary>
    /// The tally as it would be without the form's validity rules: every voided ballot accepted and every voided
    /// section restored, so a report can show the result with and without them. Unasked columns stay unasked.
    /// </summary>
    public AssessmentTally WithoutValidityRules()
    {
        if (VoidedBallots == 0 && Validity.SectionsByRule.All(n => n == 0))
        {
            return new AssessmentTally(Form, Candidates, Issued, AcceptedByCategory, RejectedByCode, categoryCounts, IgnoredProbationaryMarks, UnattributableVoidMarks, SkippedRows);
        }

        return new AssessmentTally(
            Form,
            Candidates,
            Issued,
            Add(AcceptedByCategory, Validity.BallotsByCategory),
            RejectedByCode,
            [.. categoryCounts.Select((counts, i) => Add(counts, Validity.Restore[i]))],
            IgnoredProbationaryMarks,
            UnattributableVoidMarks,
            SkippedRows);
    }

    /// <summary>Adds another partial of the same assessment.</summary>
    /// <param name="other">A partial with the same form and candidates.</param>
    /// <exception cref="ArgumentException">The partials belong to different forms or candidate lists.</exception>
    public AssessmentTally Merge(AssessmentTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Form.Equals(other.Form))
        {
            throw new ArgumentException($"Cannot merge tallies of different forms ('{Form.Name}' and '{other.Form.Name}').", nameof(other));
        }

        if (!Candidates.Equals(other.Candidates))
        {
            throw new ArgumentException("Cannot merge tallies of different candidate lists.", nameof(other));
        }

        return new AssessmentTally(
            Form,
            Candidates,
            checked(Issued + other.Issued),
            Add(AcceptedByCategory, other.AcceptedByCategory),
            Add(RejectedByCode, other.RejectedByCode),
            [.. categoryCounts.Select((counts, i) => Add(counts, other.categoryCounts[i]))],
            Add(IgnoredProbationaryMarks, other.IgnoredProbationaryMarks),
            checked(UnattributableVoidMarks + other.UnattributableVoidMarks),
            checked(SkippedRows + other.SkippedRows),
            Validity.Add(other.Validity));
    }

    /// <summary>Reports this tally under a suggestion rule.</summary>
    /// <param name="rule">The rule for suggested grades.</param>
    public AssessmentReport ToReport(SuggestionRule rule) => ToReport(rule, null);

    /// <summary>Reports this tally under a suggestion rule, with the meeting's attendance for rules whose base or turnout needs it.</summary>
    /// <param name="rule">The rule for suggested grades.</param>
    /// <param name="attendance">Members due and present (应到 / 实到), or null when not recorded.</param>
    public AssessmentReport ToReport(SuggestionRule rule, AssessmentAttendance? attendance) => ToReport(rule, attendance, ReportOptions.Default);

    /// <summary>Reports this tally under a suggestion rule and options (OL405's k-suppression of small voter categories).</summary>
    /// <param name="rule">The rule for suggested grades.</param>
    /// <param name="attendance">Members due and present (应到 / 实到), or null when not recorded.</param>
    /// <param name="options">The report options.</param>
    public AssessmentReport ToReport(SuggestionRule rule, AssessmentAttendance? attendance, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(options);
        var report = ReportBuilder.Build(this, rule, attendance) with { MinimumCategoryBallots = options.MinimumCategoryBallots };

        // One small category hides them all: combined minus the others would reveal it (OL405).
        var suppress = report.Categories.Length > 1 && report.Categories.Any(c => c.Accepted > 0 && c.Accepted < options.MinimumCategoryBallots);
        if (!suppress)
        {
            return report;
        }

        static CriterionReport Hide(CriterionReport criterion) => criterion with { ByCategory = [] };
        return report with
        {
            CategoryBreakdownSuppressed = true,
            Candidates = [.. report.Candidates.Select(c => c with { Criteria = [.. c.Criteria.Select(Hide)] })],
            Committee = [.. report.Committee.Select(Hide)],
        };
    }

    /// <summary>True when voter category <paramref name="category"/> is asked the column (see <see cref="VoterCategory.Criteria"/>).</summary>
    internal bool IsAsked(int category, int column)
    {
        asked ??= new Lazy<bool[]?[]?>(() => AskedColumns.Of(Form, Candidates, Layout));
        return asked.Value?[category] is not { } columns || columns[column];
    }

    /// <inheritdoc />
    public bool Equals(AssessmentTally? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Issued == other.Issued && UnattributableVoidMarks == other.UnattributableVoidMarks && SkippedRows == other.SkippedRows
                && Form.Equals(other.Form) && Candidates.Equals(other.Candidates)
                && AcceptedByCategory.SequenceEqual(other.AcceptedByCategory) && RejectedByCode.SequenceEqual(other.RejectedByCode)
                && IgnoredProbationaryMarks.SequenceEqual(other.IgnoredProbationaryMarks) && Validity.SameAs(other.Validity)
                && categoryCounts.Zip(other.categoryCounts).All(pair => pair.First.SequenceEqual(pair.Second))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssessmentTally);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Issued, Accepted, Rejected, Form);

    private static ImmutableArray<long> Add(ImmutableArray<long> left, ImmutableArray<long> right)
    {
        var sum = new long[left.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = checked(left[i] + right[i]);
        }

        return ImmutableArray.Create(sum);
    }
}
