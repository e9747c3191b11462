using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Formats;
using static OrgLife.Tally.Tests.Formats.CsvFastPathProperties;

namespace OrgLife.Tally.Tests.Formats;

/// <summary>
/// <see cref="CsvBranchCensus"/> on the random CSV of <see cref="CsvFastPathProperties"/> (quoted fields, bad rows,
/// duplicates, invalid UTF-8, byte-order marks, CRLF): for every branch run it gives exactly the candidates and
/// ballots that the rows the reader reads imply — against a model of the grammar built from the generated rows — and
/// the ballots match what the reader itself returns.
/// </summary>
public sealed class CsvBranchCensusProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static readonly Noise[] Breaking = [Noise.StrayQuote, Noise.TextAfterQuote, Noise.Unclosed, Noise.ExtraField, Noise.MissingField, Noise.InvalidUtf8];

    [Fact]
    public void The_census_gives_each_branch_run_the_candidates_and_ballots_its_read_rows_imply()
    {
        Check.One(Quick, Prop.ForAll(CsvCases.ToArbitrary(), csv =>
        {
            var census = CsvBranchCensus.Read(new MemoryStream(csv.Bytes)).Select(Describe).ToList();
            return census.SequenceEqual(Model(csv), StringComparer.Ordinal);
        }));
    }

    [Fact]
    public void Boxes_opened_from_the_census_a_step_ahead_see_the_same_branches_and_return_as_many_ballots()
    {
        Check.One(Quick, Prop.ForAll(CsvCases.ToArbitrary(), csv => OpenedAStepAheadTheBoxesSeeTheSameBranchesAndBallots(csv.Bytes)));
    }

    [Fact]
    public void A_ballot_of_a_category_not_on_the_form_is_one_ballot_returned_whatever_columns_its_rows_name_again()
    {
        // Found by the property above (rows of B2 from its failing input): ballot 3 of category 外人, which the box
        // rejects at its first row, names m2's overall grade twice, not on adjacent rows. The box finds no second
        // copy on a ballot it rejected, so neither may the census: 5 ballots returned, not 6.
        const string csv = "category,branch,ballot,candidate,criterion,grade\n外人,B2,4,m4,,Basically-Qualified\n外人,B2,4,m4,得分,Basically-Qualified\n" +
            "党员,B2,01,张三,总体评价,007\n群众代表,B2,1,m1,理想信念,+5\n,B2,2,m9,,101\n外人,B2,3,m2,总体评价,QUALIFIED\n外人,B2,3,m3,总体评价,-1\n" +
            "党员,B2,,,总体评价,excellent\n外人,B2,3,m2,,100\n";
        var bytes = Encoding.UTF8.GetBytes(csv);
        Assert.Equal(5, Assert.Single(CsvBranchCensus.Read(new MemoryStream(bytes), BallotForms.FourGrades)).Ballots);
        Assert.True(OpenedAStepAheadTheBoxesSeeTheSameBranchesAndBallots(bytes));
    }

    // The census read a step ahead opens each box the reader asks for: the same branches, each box's returned
    // ballots equal to the census's count, none void.
    private static bool OpenedAStepAheadTheBoxesSeeTheSameBranchesAndBallots(byte[] bytes)
    {
        using var ahead = CsvBranchCensus.Read(new MemoryStream(bytes), BallotForms.FourGrades).GetEnumerator();
        var opened = new List<BranchCensus>();
        BallotBox OpenBox(BranchId branch)
        {
            Assert.True(ahead.MoveNext());
            Assert.Equal(branch, ahead.Current.Branch);
            opened.Add(ahead.Current);
            return new BallotBox(BallotForms.FourGrades, new AssessmentCandidates(ahead.Current.Candidates), ahead.Current.Ballots);
        }

        var tallies = new CsvBallotReader(OpenBox).Read(new MemoryStream(bytes)).ToList();
        return !ahead.MoveNext() &&
            tallies.Select(t => t.Branch).SequenceEqual(opened.Select(c => c.Branch)) &&
            tallies.Zip(opened).All(pair => pair.First.Tally.Returned == pair.Second.Ballots && !pair.First.Tally.IsVoid);
    }

    [Fact]
    public void The_census_read_on_bytes_equals_the_census_read_the_general_way_with_and_without_the_form()
    {
        Check.One(Quick, Prop.ForAll(CsvCases.ToArbitrary(), csv =>
            new[] { null, BallotForms.FourGrades, BallotForms.SixCriteria }.All(form =>
                Census(csv, form, fastPath: true).SequenceEqual(Census(csv, form, fastPath: false), StringComparer.Ordinal))));
    }

    [Fact]
    public void The_census_of_a_small_file_lists_each_branch_once_with_its_candidates_and_ballots_and_leaves_out_skipped_rows()
    {
        const string csv = "\uFEFFbranch,ballot,category,candidate,criterion,grade\r\nB001,1,党员,m1,理想信念,好\r\nB001,1,党员,,支部班子整体评价,满意\r\n" +
            "B001,2,党员,m2,总体评价,\"合格\"\r\nB001,2,群众代表,x1,总体评价,合格\r\nB002,1,党员,p1,总体评价,合格\r\nB001,1,党员,m1,总体评价,合格\r\n";
        var census = CsvBranchCensus.Read(new StringReader(csv)).Select(Describe).ToList();
        // B001's last row comes back to ballot 1 after other rows: it is regrouped with its ballot, not a new run.
        Assert.Equal(["B001: m1 m2; 2", "B002: p1; 1"], census);
    }

    [Fact]
    public void A_row_of_the_next_candidate_with_a_badly_encoded_grade_is_left_out_of_the_census_on_bytes_as_the_general_way_leaves_it()
    {
        // Ballot 2's second row names the candidate after m1, whose bytes are known clean, but its grade is not UTF-8:
        // the reader skips it, so it names no column and m1's repeated row after it is no second copy (2 ballots).
        var bytes = Encoding.UTF8.GetBytes("branch,ballot,candidate,grade\nB1,1,m1,excellent\nB1,1,m2,excellent\nB1,2,m1,excellent\nB1,2,m2,")
            .Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\nB1,2,m1,qualified\n")).ToArray();
        var csv = new CsvCase(0, bytes, []);
        Assert.Equal(["B1: m1 m2; 2"], Census(csv, null, fastPath: true));
        Assert.Equal(Census(csv, null, fastPath: false), Census(csv, null, fastPath: true));
    }

    private static List<string> Census(CsvCase csv, BallotForm? form, bool fastPath)
    {
        var counter = new BranchCensusCounter(form);
        var runs = new List<string>();
        try
        {
            foreach (var _ in new CsvBallotReader(counter, fastPath).ReadArranged(new MemoryStream(csv.Bytes), null))
            {
                if (counter.TakeFinished() is { } finished)
                {
                    runs.Add(Describe(finished));
                }
            }
        }
        catch (InvalidDataException e)
        {
            runs.Add(e.Message);
        }

        return runs;
    }

    private static string Describe(BranchCensus census) => $"{census.Branch.Value}: {string.Join(' ', census.Candidates.Select(c => c.Value))}; {census.Ballots}";

    // The grammar of docs/tally.md applied to the generated rows (not to their bytes): which rows are read, the rows
    // regrouped by branch and ballot (docs/tally.md "Row order"), which branch run and ballot each belongs to, second
    // copies of a ballot, and so the candidates and ballots of every run.
    private static List<string> Model(CsvCase csv)
    {
        var header = Headers[csv.Header];
        var read = new List<string[]>();
        var runs = new List<string>();
        string? branchText = null;
        string? serial = null;
        string? category = null;
        List<string>? candidates = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long ballots = 0;

        void Finish()
        {
            if (candidates is not null)
            {
                runs.Add($"{branchText}: {string.Join(' ', candidates)}; {ballots}");
            }

            candidates = null;
            serial = null;
        }

        foreach (var row in csv.Rows)
        {
            if (row.Noise == Noise.Blank || Breaking.Contains(row.Noise))
            {
                continue;
            }

            var values = header.Select((column, i) => i == row.NoisyField && row.Noise is Noise.Quoted or Noise.QuotedComma
                ? row.Values[column] + (row.Noise == Noise.QuotedComma ? ",\"x" : string.Empty)
                : row.Values[column].Trim(' ', '\t')).ToArray();
            string Value(string column) => Array.IndexOf(header, column) is var i and >= 0 ? values[i] : string.Empty;
            if (values.Any(v => v.Contains('\uFFFD')) || Value("branch").Length == 0 || Value("ballot").Length == 0)
            {
                continue;
            }

            read.Add(values);
        }

        var branchOrder = read.Select(v => Get(v, "branch")).Distinct().ToList();
        var ballotOrder = read.Select(v => (Get(v, "branch"), Get(v, "ballot"))).Distinct().ToList();
        var regrouped = read.Select((v, i) => (Values: v, Index: i))
            .OrderBy(x => branchOrder.IndexOf(Get(x.Values, "branch")))
            .ThenBy(x => ballotOrder.IndexOf((Get(x.Values, "branch"), Get(x.Values, "ballot"))))
            .ThenBy(x => x.Index)
            .Select(x => x.Values);
        var named = new HashSet<(string, string)>();
        (string, string)? lastNamed = null;
        var copyFound = false;
        foreach (var values in regrouped)
        {
            string Value(string column) => Get(values, column);
            if (Value("branch") != branchText)
            {
                Finish();
                branchText = Value("branch");
                if (IsId(branchText))
                {
                    candidates = [];
                    seen.Clear();
                    ballots = 0;
                }
            }

            if (candidates is null)
            {
                continue;
            }

            if (Value("ballot") != serial)
            {
                serial = Value("ballot");
                category = Value("category");
                ballots++;
                named.Clear();
                lastNamed = null;
                copyFound = false;
            }
            else if (Value("category") != category)
            {
                continue;
            }

            var candidate = Value("candidate");
            if (candidate.Length > 0 && seen.Add(candidate) && IsId(candidate))
            {
                candidates.Add(candidate);
            }

            // A second copy: a row naming a candidate and criterion its ballot named before, not on its previous row.
            var key = (candidate, Value("criterion"));
            if (copyFound || Value("grade").Trim().Length == 0 || (candidate.Length > 0 && !IsId(candidate)))
            {
                continue;
            }

            if (!named.Add(key) && key != lastNamed)
            {
                copyFound = true;
                ballots++;
                continue;
            }

            lastNamed = key;
        }

        Finish();
        return runs;

        string Get(string[] values, string column) => Array.IndexOf(header, column) is var i and >= 0 ? values[i] : string.Empty;
    }

    private static bool IsId(string text) => !string.IsNullOrWhiteSpace(text) && text.Length <= 128 && text.Trim() == text;
}
