using System.Collections.Immutable;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Kernels;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Messages;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Box;

/// <summary>
/// 票箱 — the ballot box of one assessment: validates each returned ballot against the form and the rules
/// OL401–OL405, encodes accepted ballots into bounded per-category blocks of the dense mark matrix, and counts
/// them with <see cref="MarkCounter"/> when a block fills and when tallied. Serials are kept only to reject
/// duplicates; nothing it reports links a mark to a voter. Not thread safe: one box per counting thread, then
/// merge the tallies.
/// </summary>
public sealed class BallotBox
{
    /// <summary>The default number of ballots encoded before a block is counted.</summary>
    public const int DefaultBlockRows = 4096;

    /// <summary>
    /// The most bytes a category's block takes: with many columns the box encodes fewer rows per block (at least one),
    /// so a candidate costs a few bytes of block, not <see cref="DefaultBlockRows"/> bytes.
    /// </summary>
    public const int MaxBlockBytes = 1 << 18;

    private readonly ColumnLayout layout;
    private readonly CategoryAccumulator[] categories;
    private readonly int serialCapacity;
    private HashSet<string>? serials;
    private readonly FormIndex formIndex;
    private readonly CandidateIndex candidateIndex;
    private readonly long[] ignoredProbationaryMarks;
    private readonly long[] rejections = new long[RejectionCodes.Count];
    private long unattributableVoidMarks;
    private long skippedRows;
    private CategoryAccumulator? current;
    private string currentSerial = string.Empty;
    private int lastCandidate = -1;
    private Utf8NameIndex? utf8Candidates;
    private readonly int defaultCriterion;
    private readonly Scale[] criterionScales;
    private readonly BallotScreen? screen;
    private int currentCategory;

    // The rows the counting kernel's filter voided in one run, with the rule that fired (kept between runs to reuse).
    private readonly List<(int Row, int Rule)> voidedRows = [];

    // Second-copy detection for readers of the long format (one row per mark): the stamp of the ballot that last
    // named each column, and the column named by the ballot's last row.
    private int[]? namedBy;
    private int ballotStamp;
    private int lastNamed = -1;

    // The probationary candidates' criteria the open ballot has ticked (OL404 counts each once per ballot).
    private readonly HashSet<(int Candidate, int Criterion)> probationaryMarked = [];

    /// <summary>Opens a ballot box.</summary>
    /// <param name="form">The ballot form.</param>
    /// <param name="candidates">The candidates on the ballot.</param>
    /// <param name="issued">The number of ballots issued (发出); 0 or more.</param>
    /// <param name="blockRows">Ballots encoded per category before a block is counted; 1 or more. Memory is about <c>blockRows × columns</c> bytes per category in use, at most <see cref="MaxBlockBytes"/> (fewer rows per block when the columns are many).</param>
    public BallotBox(BallotForm form, AssessmentCandidates candidates, long issued, int blockRows = DefaultBlockRows)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(issued);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockRows, 1);
        Form = form;
        Candidates = candidates;
        Issued = issued;
        layout = new ColumnLayout(form, candidates.Graded.Length);
        var rowsPerBlock = (int)Math.Clamp((long)MaxBlockBytes / Math.Max(1, layout.RowBytes), 1, blockRows);
        categories = [.. form.VoterCategories.Select(_ => new CategoryAccumulator(layout, rowsPerBlock))];
        // Sized for the ballots issued (up to a bound) so that a branch's box never grows its set while counting; made at
        // the first serial, so a box fed coded rows without serials never allocates it.
        serialCapacity = (int)Math.Min(issued, 1 << 16);
        formIndex = FormIndex.Of(form);
        candidateIndex = CandidateIndex.Of(candidates);
        ignoredProbationaryMarks = new long[candidates.Probationary.Length];
        defaultCriterion = form.DefaultCriterionIndex;
        criterionScales = [.. form.Criteria.Select(c => c.Scale)];
        screen = BallotScreen.For(form, candidates, layout);
    }

    /// <summary>The ballot form.</summary>
    public BallotForm Form { get; }

    /// <summary>The candidates on the ballot.</summary>
    public AssessmentCandidates Candidates { get; }

    /// <summary>The number of ballots issued.</summary>
    public long Issued { get; }

    /// <summary>Ballots accepted so far.</summary>
    public long Accepted => categories.Sum(c => c.Accepted);

    /// <summary>Ballots rejected so far.</summary>
    public long Rejected => rejections.Sum();

    /// <summary>Ballots returned so far (accepted + rejected + voided by a validity rule). Above <see cref="Issued"/>, the assessment is void (OL401).</summary>
    public long Returned => Accepted + Rejected + (screen?.VoidedBallots ?? 0);

    /// <summary>
    /// The number of columns of one coded row for <see cref="AddCodedBlock"/>: graded candidates × criteria,
    /// then the committee criteria.
    /// </summary>
    public int ColumnCount => layout.ColumnCount;

    /// <summary>The column of a graded candidate's criterion in a coded row (see <see cref="ColumnCount"/>).</summary>
    /// <param name="candidateIndex">The index in <see cref="AssessmentCandidates.Graded"/>.</param>
    /// <param name="criterionIndex">The index in <see cref="BallotForm.Criteria"/>.</param>
    public int CandidateColumn(int candidateIndex, int criterionIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidateIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(candidateIndex, Candidates.Graded.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(criterionIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(criterionIndex, Form.Criteria.Length);
        return layout.CandidateColumn(candidateIndex, criterionIndex);
    }

    /// <summary>The column of a committee criterion in a coded row.</summary>
    /// <param name="criterionIndex">The index in <see cref="BallotForm.CommitteeCriteria"/>.</param>
    public int CommitteeColumn(int criterionIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(criterionIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(criterionIndex, Form.CommitteeCriteria.Length);
        return layout.CommitteeColumn(criterionIndex);
    }

    /// <summary>Validates one ballot and, when accepted, encodes it for counting.</summary>
    /// <param name="ballot">The ballot.</param>
    /// <returns>Whether it was accepted, and its void marks.</returns>
    public BallotOutcome Submit(Ballot ballot)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        ArgumentNullException.ThrowIfNull(ballot.Marks);
        if (ballot.Marks.Any(mark => mark is null))
        {
            // Refused before the serial is recorded, so a corrected ballot can still be submitted.
            // OL405: no message names a serial; the caller knows which ballot it submitted.
            throw new ArgumentException("The ballot has a null mark.", nameof(ballot));
        }

        if (BeginBallot(ballot.Serial ?? string.Empty, ballot.Category) is { } rejection)
        {
            return new BallotOutcome(ballot.Serial ?? string.Empty, rejection, [], 0);
        }

        var problems = new List<MarkProblem>();
        var ignored = 0;
        foreach (var mark in ballot.Marks)
        {
            var choices = mark.Choices ?? [];
            if (choices.Count == 0)
            {
                continue;
            }

            foreach (var choice in choices)
            {
                ignored += MarkChoice(mark.Candidate, mark.Criterion, choice, problems) ? 1 : 0;
            }
        }

        var voidedBy = EndBallot();
        return new BallotOutcome(ballot.Serial!, null, [.. problems], ignored) { VoidedBy = voidedBy < 0 ? null : Form.ValidityRules[voidedBy] };
    }

    /// <summary>Submits ballots in order; each is accepted or rejected alone.</summary>
    /// <param name="ballots">The ballots.</param>
    /// <returns>One outcome per ballot, in order.</returns>
    public ImmutableArray<BallotOutcome> SubmitAll(IEnumerable<Ballot> ballots)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        return [.. ballots.Select(Submit)];
    }

    /// <summary>
    /// The fast path for pre-coded ballots (bulk or binary ingest): adds rows already coded in this box's column
    /// layout (<see cref="ColumnCount"/> bytes per ballot; <see cref="MarkCodes"/>: 0 blank, 1…n the level, a score
    /// as <c>score − min + 1</c>; any code above the column's own level count is void). Rows with serials are
    /// checked for duplicates (OL402) against each other and every ballot already accepted; rows without serials
    /// are trusted to be distinct. Accepted rows are counted straight from <paramref name="rows"/>, no copy.
    /// </summary>
    /// <param name="category">The voter category of every row.</param>
    /// <param name="rows">Whole rows, row-major.</param>
    /// <param name="rowSerials">One serial per row, or null.</param>
    /// <returns>How many rows were accepted, and why any were rejected.</returns>
    /// <exception cref="ArgumentException">The block is not whole rows, the serials do not match the rows, or the layout has no columns.</exception>
    public CodedBlockOutcome AddCodedBlock(string category, ReadOnlySpan<byte> rows, IReadOnlyList<string>? rowSerials = null)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (layout.ColumnCount == 0)
        {
            throw new ArgumentException("This box has no columns (no graded candidate and no committee criterion); submit ballots instead.", nameof(rows));
        }

        if (layout.IsWide)
        {
            throw new ArgumentException($"The form '{Form.Name}' has a one-decimal score scale, whose marks have no one-byte code; submit ballots or read them from CSV instead.", nameof(rows));
        }

        if (rows.Length % layout.ColumnCount != 0)
        {
            throw new ArgumentException($"The block holds {rows.Length} bytes, not whole rows of {layout.ColumnCount} columns.", nameof(rows));
        }

        var rowCount = rows.Length / layout.ColumnCount;
        if (rowSerials is not null && rowSerials.Count != rowCount)
        {
            throw new ArgumentException($"The block has {rowCount} rows but {rowSerials.Count} serials.", nameof(rowSerials));
        }

        var categoryIndex = Form.IndexOfCategory(category);
        if (categoryIndex < 0)
        {
            var rejectionsForAll = ImmutableArray.CreateBuilder<BallotRejection>(rowCount);
            for (var row = 0; row < rowCount; row++)
            {
                rejectionsForAll.Add(Reject(RejectionCode.UnknownVoterCategory, rowSerials?[row] ?? string.Empty, "category", new("Rejection.CategoryNotOnForm", ("category", category.ToString()), ("form", Form.Name))));
            }

            return new CodedBlockOutcome(0, rejectionsForAll.MoveToImmutable());
        }

        var target = categories[categoryIndex];
        if (screen is not null)
        {
            return AddScreenedRows(categoryIndex, rows, rowSerials);
        }

        if (rowSerials is null)
        {
            target.CountCoded(rows);
            return new CodedBlockOutcome(rowCount, []);
        }

        // Count each run of accepted rows in one kernel call; a rejected row ends a run.
        var rejected = ImmutableArray.CreateBuilder<BallotRejection>();
        var runStart = 0;
        for (var row = 0; row < rowCount; row++)
        {
            var serial = rowSerials[row] ?? string.Empty;
            var rejection = RejectSerial(serial);
            if (rejection is null)
            {
                continue;
            }

            rejected.Add(rejection);
            target.CountCoded(rows[(runStart * layout.ColumnCount)..(row * layout.ColumnCount)]);
            runStart = row + 1;
        }

        target.CountCoded(rows[(runStart * layout.ColumnCount)..]);
        return new CodedBlockOutcome(rowCount - rejected.Count, rejected.ToImmutable());
    }

    /// <summary>
    /// Counts every encoded ballot and returns the box's partial tally so far. The box stays open: more ballots
    /// may follow, and a later tally includes these ones again (it is a snapshot, not a hand-over).
    /// </summary>
    public AssessmentTally ToTally()
    {
        foreach (var category in categories)
        {
            category.Flush();
            layout.MoveOutOfScaleCodesToVoid(category.Counts);
        }

        return new AssessmentTally(
            Form,
            Candidates,
            Issued,
            [.. categories.Select(c => c.Accepted)],
            [.. rejections],
            [.. categories.Select(c => ImmutableArray.Create(c.Counts))],
            [.. ignoredProbationaryMarks],
            unattributableVoidMarks,
            skippedRows,
            screen?.Counts());
    }

    /// <summary>Tallies the box and reports it under a suggestion rule (when null, the form's <see cref="BallotForm.ResultRule"/>, else <see cref="SuggestionRule.Default"/>).</summary>
    /// <param name="rule">The suggestion rule, or null.</param>
    /// <param name="options">The report options, or null for <see cref="ReportOptions.Default"/>.</param>
    public AssessmentReport Report(SuggestionRule? rule = null, ReportOptions? options = null) =>
        ToTally().ToReport(rule ?? Form.ResultRule ?? SuggestionRule.Default, null, options ?? ReportOptions.Default);

    /// <summary>Records input rows a reader skipped, so the report can say how many.</summary>
    internal void AddSkippedRows(long count) => skippedRows += count;

    /// <summary>
    /// Starts a ballot: rejects it (OL402, unknown category, no serial) or opens a blank row for its marks.
    /// Returns null when accepted; the ballot must then be finished with <see cref="EndBallot"/>.
    /// </summary>
    internal BallotRejection? BeginBallot(string serial, ReadOnlySpan<char> category)
    {
        current = null;
        SecondCopy = false;
        if (serial.Length == 0)
        {
            return Reject(RejectionCode.MissingSerial, serial, "serial", TallyMessages.Plain("Rejection.MissingSerial"));
        }

        var categoryIndex = Form.ResolveBallotCategory(category);
        if (categoryIndex < 0)
        {
            return Reject(
                RejectionCode.UnknownVoterCategory,
                serial,
                "category",
                category.IsEmpty ? TallyMessages.Plain("Rejection.NoCategory") : new TallyMessage("Rejection.CategoryNotOnForm", ("category", category.ToString()), ("form", Form.Name)));
        }

        if (!FirstSight(serial))
        {
            return Reject(RejectionCode.DuplicateSerial, serial, "serial", TallyMessages.Plain("Rejection.DuplicateSerial"));
        }

        current = categories[categoryIndex];
        currentCategory = categoryIndex;
        currentSerial = serial;
        lastCandidate = -1;
        if (probationaryMarked.Count > 0)
        {
            probationaryMarked.Clear();
        }

        lastNamed = -1;
        if (namedBy is not null && ++ballotStamp == int.MaxValue)
        {
            Array.Clear(namedBy);
            ballotStamp = 1;
        }

        current.StartRow();
        return null;
    }

    /// <summary>
    /// Turns on second-copy detection (readers of the long format): from now on a mark naming a column the open
    /// ballot has already named, other than on its previous row, is not applied and sets <see cref="SecondCopy"/>.
    /// </summary>
    internal void DetectSecondCopies()
    {
        if (namedBy is null)
        {
            namedBy = new int[layout.ColumnCount];
            ballotStamp = 1;
        }
    }

    /// <summary>Set when a mark showed that a second copy of the open ballot has begun; cleared by <see cref="BeginBallot"/>.</summary>
    internal bool SecondCopy { get; private set; }

    // False (and SecondCopy set) when the open ballot named this column before, but not on its previous row.
    private bool Name(int column)
    {
        if (namedBy is null)
        {
            return true;
        }

        if (namedBy[column] == ballotStamp && column != lastNamed)
        {
            SecondCopy = true;
            return false;
        }

        namedBy[column] = ballotStamp;
        lastNamed = column;
        return true;
    }

    /// <summary>
    /// Applies one choice to the open ballot. An empty candidate means the committee section, an empty criterion
    /// the section's default criterion, an empty choice a blank. Returns true when the mark was for a probationary
    /// member (ignored and counted, OL404). Problems are described in <paramref name="problems"/> when given.
    /// </summary>
    internal bool MarkChoice(ReadOnlySpan<char> candidate, ReadOnlySpan<char> criterion, ReadOnlySpan<char> choice, List<MarkProblem>? problems)
    {
        // The choice is taken as given: readers trim what their grammar trims, and no more (" 好" quoted is not 好).
        if (current is null || choice.IsEmpty)
        {
            return false;
        }

        int column;
        Criterion resolved;
        NameIndex levels;
        if (candidate.IsEmpty)
        {
            var index = criterion.IsEmpty ? (Form.CommitteeCriteria.Length == 1 ? 0 : -1) : formIndex.Committee.Find(criterion);
            if (index < 0)
            {
                Unattributable(MarkProblemCode.UnknownCriterion, null, criterion, TallyMessages.Plain("Mark.NoCommitteeCriterion"), problems);
                return false;
            }

            column = layout.CommitteeColumn(index);
            if (!Name(column))
            {
                return false;
            }

            resolved = Form.CommitteeCriteria[index];
            levels = formIndex.CommitteeLevels[index];
        }
        else
        {
            // Ballots list candidates in roster order, so the next candidate is tried before any look-up.
            var graded = candidateIndex.Graded.Is(lastCandidate + 1, candidate) ? lastCandidate + 1 : candidateIndex.Graded.Find(candidate);
            if (graded < 0)
            {
                var probationary = candidateIndex.Probationary.Find(candidate);
                if (probationary >= 0)
                {
                    return IgnoreProbationary(probationary, criterion, choice);
                }

                Unattributable(MarkProblemCode.UnknownCandidate, candidate, criterion, TallyMessages.Plain("Mark.UnknownCandidate"), problems);
                return false;
            }

            var index = criterion.IsEmpty ? Form.DefaultCriterionIndex : formIndex.Criteria.Find(criterion);
            if (index < 0)
            {
                Unattributable(MarkProblemCode.UnknownCriterion, candidate, criterion, TallyMessages.Plain("Mark.NoCandidateCriterion"), problems);
                return false;
            }

            column = layout.CandidateColumn(graded, index);
            if (!Name(column))
            {
                return false;
            }

            lastCandidate = graded;
            resolved = Form.Criteria[index];
            levels = formIndex.Levels[index];
        }

        var code = LevelCode(resolved.Scale, levels, choice, out var problem);
        var previous = Put(column, code);
        if (code == layout.VoidCode)
        {
            Describe(problem, candidate, resolved.Name, problem == MarkProblemCode.ScoreOutOfRange
                ? new TallyMessage("Mark.ScoreOutOfRange", ("choice", choice.ToString()), ("min", resolved.Scale.ScoreText(resolved.Scale.ScoreMin)), ("max", resolved.Scale.ScoreText(resolved.Scale.ScoreMax)))
                : new TallyMessage("Mark.UnknownLevel", ("choice", choice.ToString())), problems);
        }
        else if (previous != MarkCodes.Blank)
        {
            Describe(MarkProblemCode.MultipleLevels, candidate, resolved.Name, new TallyMessage("Mark.MultipleLevels", ("first", resolved.Scale.LevelName(previous)), ("second", choice.ToString())), problems);
        }

        return false;
    }

    // OL404: a mark for a probationary member is ignored and counted once per ballot, candidate and criterion, when it
    // ticks a level of the criterion (Revision 2: the unit is a mark that ticks a level). True when counted.
    private bool IgnoreProbationary(int probationary, ReadOnlySpan<char> criterion, ReadOnlySpan<char> choice)
    {
        var index = criterion.IsEmpty ? Form.DefaultCriterionIndex : formIndex.Criteria.Find(criterion);
        if (index < 0 || LevelCode(Form.Criteria[index].Scale, formIndex.Levels[index], choice, out _) == layout.VoidCode ||
            !probationaryMarked.Add((probationary, index)))
        {
            return false;
        }

        ignoredProbationaryMarks[probationary]++;
        return true;
    }

    /// <summary>
    /// The byte-level fast path of <see cref="MarkChoice"/> for readers of UTF-8 text (no problems are described):
    /// applies a choice for a graded candidate whose candidate, criterion and level (or plain whole score) all resolve
    /// exactly, with the same effect <see cref="MarkChoice"/> would have. Returns false, having changed nothing, for
    /// anything else — the committee section, a probationary or unknown candidate, an unknown criterion or level, a
    /// score with other characters — which the caller then decodes and gives to <see cref="MarkChoice"/>.
    /// </summary>
    internal bool TryMarkUtf8(ReadOnlySpan<byte> candidate, ReadOnlySpan<byte> criterion, ReadOnlySpan<byte> choice)
    {
        if (current is null || choice.IsEmpty)
        {
            return true;
        }

        if (candidate.IsEmpty)
        {
            return false;
        }

        var candidates = utf8Candidates ??= candidateIndex.Utf8Graded;
        var next = unchecked(lastCandidate + 1);
        var graded = candidates.Is(next, candidate) ? next : candidates.Find(candidate);
        var index = criterion.IsEmpty ? defaultCriterion : formIndex.Utf8Criteria.Find(criterion);
        if (graded < 0 || index < 0)
        {
            return false;
        }

        var scale = criterionScales[index];
        int code;
        if (scale.IsScore)
        {
            // A one-decimal score goes the general way, which reads its decimal point.
            if (scale.Decimals != 0 || !TryParsePlainScore(choice, out var score))
            {
                return false;
            }

            code = score < scale.ScoreMin || score > scale.ScoreMax ? layout.VoidCode : score - scale.ScoreMin + 1;
        }
        else
        {
            var level = formIndex.Utf8Levels[index].Find(choice);
            if (level <= 0)
            {
                return false;
            }

            code = level;
        }

        var column = layout.CandidateColumn(graded, index);
        if (namedBy is not null)
        {
            if (namedBy[column] == ballotStamp && column != lastNamed)
            {
                // Named before, on an earlier row: a second copy, which the general path reports.
                return false;
            }

            namedBy[column] = ballotStamp;
            lastNamed = column;
        }

        lastCandidate = graded;
        Put(column, code);
        return true;
    }

    /// <summary>
    /// Ends the open ballot: screens it when the form has validity rules or partly asked categories, then accepts it.
    /// Returns the index of the validity rule that voided it whole (then it is not counted), else −1.
    /// </summary>
    internal int EndBallot()
    {
        var voidedBy = current is not null && screen is not null ? screen.Apply(currentCategory, current.CurrentRow, ref unattributableVoidMarks) : -1;
        if (voidedBy < 0)
        {
            current?.CommitRow();
        }

        current = null;
        return voidedBy;
    }

    // Coded rows of a form with validity rules: each row goes through the box's own row and screen, like a submitted ballot.
    private CodedBlockOutcome AddScreenedRows(int categoryIndex, ReadOnlySpan<byte> rows, IReadOnlyList<string>? rowSerials)
    {
        if (screen!.ReadsOnly)
        {
            return AddRowsScreenedInPlace(categoryIndex, rows, rowSerials);
        }

        var rejected = ImmutableArray.CreateBuilder<BallotRejection>();
        var target = categories[categoryIndex];
        var width = layout.ColumnCount;
        long accepted = 0, voided = 0;
        for (var row = 0; row < rows.Length / width; row++)
        {
            var serial = rowSerials?[row] ?? string.Empty;
            if (rowSerials is not null)
            {
                var rejection = RejectSerial(serial);
                if (rejection is not null)
                {
                    rejected.Add(rejection);
                    continue;
                }
            }

            current = target;
            currentCategory = categoryIndex;
            rows.Slice(row * width, width).CopyTo(target.StartRow());
            if (EndBallot() < 0)
            {
                accepted++;
            }
            else
            {
                voided++;
            }
        }

        return new CodedBlockOutcome(accepted, rejected.ToImmutable()) { Voided = voided };
    }

    /// <summary>
    /// <see cref="AddScreenedRows"/> when screening only reads the rows (every rule voids whole ballots, every column is
    /// asked): each row is screened where it lies, in the same pass, and each run of accepted rows is counted in one kernel
    /// call straight from <paramref name="rows"/> (a rejected or voided row ends a run), as the plain box counts.
    /// </summary>
    private CodedBlockOutcome AddRowsScreenedInPlace(int categoryIndex, ReadOnlySpan<byte> rows, IReadOnlyList<string>? rowSerials)
    {
        if (screen!.Histogram is not null && FilteredRowCounter.Takes(layout.ColumnCount, layout.WidestLevelCount))
        {
            return AddRowsScreenedInKernel(categoryIndex, rows, rowSerials);
        }

        var rejected = ImmutableArray.CreateBuilder<BallotRejection>();
        var target = categories[categoryIndex];
        var width = layout.ColumnCount;
        long accepted = 0, voided = 0;
        var runStart = 0;
        var rowCount = rows.Length / width;
        for (var row = 0; row < rowCount; row++)
        {
            if (rowSerials is not null)
            {
                var serial = rowSerials[row] ?? string.Empty;
                var rejection = RejectSerial(serial);
                if (rejection is not null)
                {
                    rejected.Add(rejection);
                    CountRun(target, rows, runStart, row);
                    runStart = row + 1;
                    continue;
                }
            }

            if (screen!.Screen(categoryIndex, rows.Slice(row * width, width)) >= 0)
            {
                voided++;
                CountRun(target, rows, runStart, row);
                runStart = row + 1;
            }
            else
            {
                accepted++;
            }
        }

        CountRun(target, rows, runStart, rowCount);
        return new CodedBlockOutcome(accepted, rejected.ToImmutable()) { Voided = voided };
    }

    /// <summary>
    /// <see cref="AddRowsScreenedInPlace"/> when the rules are histogram tests and a row fits one register: each run of rows
    /// with serials accepted goes through the counting kernel once, which screens every row in the same pass (one
    /// histogram of the rules' criterion per row) and counts the rows that stand.
    /// </summary>
    private CodedBlockOutcome AddRowsScreenedInKernel(int categoryIndex, ReadOnlySpan<byte> rows, IReadOnlyList<string>? rowSerials)
    {
        var rejected = ImmutableArray.CreateBuilder<BallotRejection>();
        var width = layout.ColumnCount;
        var rowCount = rows.Length / width;
        long accepted = 0, voided = 0;
        var runStart = 0;
        for (var row = 0; rowSerials is not null && row < rowCount; row++)
        {
            var serial = rowSerials[row] ?? string.Empty;
            var rejection = RejectSerial(serial);
            if (rejection is not null)
            {
                rejected.Add(rejection);
                CountScreenedRun(categoryIndex, rows[(runStart * width)..(row * width)], ref accepted, ref voided);
                runStart = row + 1;
            }
        }

        CountScreenedRun(categoryIndex, rows[(runStart * width)..], ref accepted, ref voided);
        return new CodedBlockOutcome(accepted, rejected.ToImmutable()) { Voided = voided };
    }

    private void CountScreenedRun(int categoryIndex, ReadOnlySpan<byte> run, ref long accepted, ref long voided)
    {
        if (run.IsEmpty)
        {
            return;
        }

        var rules = screen!.Histogram!;
        if (rules.PairsSuffice)
        {
            // The common rules (a cap on one level, identical marks): two compares per row instead of a whole histogram.
            var pairs = new PairRuleFilter(rules, screen.HistogramLanes, layout.ColumnCount, voidedRows);
            accepted += categories[categoryIndex].CountCodedPaired(run, screen.HistogramLanes, ref pairs);
        }
        else
        {
            var filter = new HistogramRuleFilter(rules, voidedRows);
            accepted += categories[categoryIndex].CountCodedFiltered(run, screen.HistogramLanes, rules.LevelCount, rules.NeedsBlanks, ref filter);
        }

        foreach (var (row, rule) in voidedRows)
        {
            screen.RecordVoided(categoryIndex, rule, run.Slice(row * layout.ColumnCount, layout.ColumnCount));
        }

        voided += voidedRows.Count;
        voidedRows.Clear();
    }

    private void CountRun(CategoryAccumulator target, ReadOnlySpan<byte> rows, int from, int to)
    {
        if (to > from)
        {
            target.CountCoded(rows[(from * layout.ColumnCount)..(to * layout.ColumnCount)]);
        }
    }

    // An optional sign and 1–9 ASCII digits: what int.TryParse with AllowLeadingSign reads from such text, and no overflow.
    private static bool TryParsePlainScore(ReadOnlySpan<byte> text, out int score)
    {
        score = 0;
        var negative = text[0] == (byte)'-';
        var digits = text[0] is (byte)'-' or (byte)'+' ? text[1..] : text;
        if (digits.IsEmpty || digits.Length > 9)
        {
            return false;
        }

        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit((char)digit))
            {
                return false;
            }

            score = (score * 10) + (digit - '0');
        }

        score = negative ? -score : score;
        return true;
    }

    /// <summary>
    /// Puts a level code (or void) into the open row's column: a blank takes it, the same level stays, a different
    /// level makes the column void (OL403). Returns the level that was there when that happened, else blank.
    /// </summary>
    private int Put(int column, int code)
    {
        var row = current!.CurrentRow;
        var previous = layout.Code(row, column);
        if (code == layout.VoidCode || previous == MarkCodes.Blank)
        {
            layout.SetCode(row, column, code);
            return MarkCodes.Blank;
        }

        if (previous != code && previous != layout.VoidCode)
        {
            layout.SetCode(row, column, layout.VoidCode);
            return previous;
        }

        return MarkCodes.Blank;
    }

    private int LevelCode(Scale scale, NameIndex levels, ReadOnlySpan<char> choice, out MarkProblemCode problem)
    {
        problem = MarkProblemCode.UnknownLevel;
        if (scale.IsScore)
        {
            if (!scale.TryReadScore(choice, out var score))
            {
                return layout.VoidCode;
            }

            problem = MarkProblemCode.ScoreOutOfRange;
            return score < scale.ScoreMin || score > scale.ScoreMax ? layout.VoidCode : score - scale.ScoreMin + 1;
        }

        var level = levels.Find(choice);
        return level > 0 ? level : layout.VoidCode;
    }

    // OL402: true the first time a serial is seen in this box.
    private bool FirstSight(string serial) => (serials ??= new HashSet<string>(serialCapacity, StringComparer.Ordinal)).Add(serial);

    // A coded row's serial: rejected when missing or seen before (OL402), else null.
    private BallotRejection? RejectSerial(string serial) =>
        serial.Length == 0 ? Reject(RejectionCode.MissingSerial, serial, "serial", TallyMessages.Plain("Rejection.MissingSerial"))
            : !FirstSight(serial) ? Reject(RejectionCode.DuplicateSerial, serial, "serial", TallyMessages.Plain("Rejection.DuplicateSerial"))
            : null;

    private BallotRejection Reject(RejectionCode code, string serial, string field, TallyMessage reason)
    {
        rejections[(int)code]++;
        // OL405: the message names no serial (the rejection carries it for the caller, who submitted it).
        return new BallotRejection(code, serial, field, TallyMessages.Rejected(field, reason));
    }

    private void Unattributable(MarkProblemCode code, ReadOnlySpan<char> candidate, ReadOnlySpan<char> criterion, TallyMessage reason, List<MarkProblem>? problems)
    {
        unattributableVoidMarks++;
        Describe(code, candidate, criterion.ToString(), reason, problems);
    }

    private void Describe(MarkProblemCode code, ReadOnlySpan<char> candidate, string criterion, TallyMessage reason, List<MarkProblem>? problems)
    {
        if (problems is null)
        {
            return;
        }

        var written = candidate.IsEmpty ? null : candidate.ToString();
        problems.Add(new MarkProblem(code, currentSerial, written, criterion, TallyMessages.VoidMark(written, criterion, reason)));
    }
}
