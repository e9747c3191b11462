using System.Collections.Immutable;
using OrgLife.Ids;
using OrgLife.Partials;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Partials;

namespace OrgLife.Partials.Tests;

public sealed class PartialReadingTests
{
    private static PartialTally Sample()
    {
        var box = new BallotBox(BallotForms.FourGrades, new AssessmentCandidates([new MemberId("m1"), new MemberId("m2")], [new MemberId("p1")]), 3);
        box.Submit(new Ballot("1", null, [Mark.Of("m1", null, "优秀"), Mark.Of("m2", null, "合格"), Mark.Of("p1", null, "优秀")]));
        box.Submit(new Ballot("1", null, [Mark.Of("m1", null, "优秀")]));
        return new PartialTally("A1", new BranchId("B1"), ["省1", "市1", "县1"], box.ToTally());
    }

    [Fact]
    public void Json_names_every_count_with_its_keys_and_no_serial()
    {
        var json = PartialJson.Serialize([Sample()]);
        Assert.Contains("\"formatVersion\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"organizationPath\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"rejectionReason\": \"duplicate-serial\"", json, StringComparison.Ordinal);
        Assert.Contains("\"measure\": \"ignored_probationary_marks\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"serial", json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("", "not a partial-tally document")]
    [InlineData("[]", "not a partial-tally document")]
    [InlineData("{\"formatVersion\": 3, \"partials\": []}", "formatVersion 3 is not supported")]
    [InlineData("{\"formatVersion\": 1, \"partials\": [{\"assessmentId\": \"A\"}]}", "partials[0]: needs assessmentId and branchId")]
    [InlineData("{\"formatVersion\": 1, \"partials\": [{\"assessmentId\": \"A\", \"branchId\": \"B\", \"form\": {}}]}", "partials[0].form")]
    [InlineData("{\"formatVersion\": 1, \"extra\": 1}", "not a partial-tally document")]
    public void A_malformed_json_document_gives_an_error_and_no_partial(string json, string expected)
    {
        var read = PartialJson.Parse(json);
        Assert.Empty(read.Partials);
        Assert.Contains(read.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_that_does_not_fit_the_form_leaves_out_its_partial_alone_and_names_it()
    {
        var good = Sample();
        var bad = new PartialTally("A1", new BranchId("B2"), [], good.Tally);
        var records = PartialRecords.From(good).Concat(PartialRecords.From(bad).Select(r =>
        {
            if (r.Measure == "mark")
            {
                r.Level = 9;
            }

            return r;
        })).ToList();
        var read = PartialRecords.Read(records, (_, _) => BallotForms.FourGrades);
        Assert.Equal(new[] { good }, read.Partials.ToArray());
        Assert.Contains(read.Errors, e => e.Contains("branch 'B2'", StringComparison.Ordinal) && e.Contains("does not fit the form", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-1, "is negative")]
    [InlineData(long.MaxValue, "beyond 2^63")]
    public void Counts_that_are_negative_or_overflow_are_refused(long count, string expected)
    {
        var rows = TallyRows.ToRows(Sample().Tally).ToList();
        rows.Add(new TallyRow(TallyMeasure.Issued, count));
        var read = TallyRows.FromRows(BallotForms.FourGrades, rows);
        Assert.Null(read.Tally);
        Assert.Contains(expected, read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_format_version_is_refused_by_name()
    {
        var records = PartialRecords.From(Sample()).Select(r =>
        {
            r.FormatVersion = 3;
            return r;
        });
        var read = PartialRecords.Read(records, (_, _) => BallotForms.FourGrades);
        Assert.Contains(read.Errors, e => e.Contains("format version 3 is not supported", StringComparison.Ordinal));
    }

    [Fact]
    public void A_version_1_document_is_still_read()
    {
        var json = PartialJson.Serialize([Sample()]).Replace("\"formatVersion\": 2", "\"formatVersion\": 1", StringComparison.Ordinal);
        var read = PartialJson.Parse(json);
        Assert.Empty(read.Errors);
        Assert.Equal(Sample().Tally, Assert.Single(read.Partials).Tally);
    }

    [Fact]
    public void Ballots_voided_by_a_validity_rule_are_written_per_category_and_per_rule_and_read_back()
    {
        var form = new BallotForm(BallotForms.FourGrades.Name, BallotForms.FourGrades.Criteria, BallotForms.FourGrades.VoterCategories, BallotForms.FourGrades.CommitteeCriteria)
        {
            ValidityRules = [BallotValidityRule.AtMostCount("优秀不超过一名", [1], 1)],
        };
        var box = new BallotBox(form, new AssessmentCandidates([new MemberId("m1"), new MemberId("m2")], []), 3);
        box.Submit(new Ballot("1", null, [Mark.Of("m1", null, "优秀"), Mark.Of("m2", null, "优秀")]));
        box.Submit(new Ballot("2", null, [Mark.Of("m1", null, "优秀"), Mark.Of("m2", null, "合格")]));
        var partial = new PartialTally("A1", new BranchId("B1"), [], box.ToTally());

        var json = PartialJson.Serialize([partial]);
        Assert.Contains("\"measure\": \"voided_ballots\"", json, StringComparison.Ordinal);
        Assert.Contains("\"measure\": \"voided_ballots_by_rule\"", json, StringComparison.Ordinal);
        Assert.Contains("\"measure\": \"mark_without_rules\"", json, StringComparison.Ordinal);
        var read = Assert.Single(PartialJson.Parse(json).Partials).Tally;
        Assert.Equal(2, read.Returned);
        Assert.Equal(1, Assert.Single(read.VoidedBallotsByRule));
        Assert.Equal(2, read.WithoutValidityRules().Accepted);
        Assert.Equal(partial.Tally.WithoutValidityRules(), read.WithoutValidityRules());

        var version1 = PartialJson.Parse(json.Replace("\"formatVersion\": 2", "\"formatVersion\": 1", StringComparison.Ordinal));
        Assert.Empty(version1.Partials);
        Assert.Contains(version1.Errors, e => e.Contains("version 1 rows do not carry the ballots they voided", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_is_not_parquet_gives_an_error()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        var read = await PartialParquet.ReadAsync(stream);
        Assert.Empty(read.Partials);
        Assert.Single(read.Errors);
    }

    [Fact]
    public void A_partial_keeps_its_organization_path_and_refuses_one_too_deep()
    {
        Assert.Equal(new[] { "省1", "市1", "县1" }, Sample().OrganizationPath.ToArray());
        Assert.Throws<ArgumentException>(() => new PartialTally("A", new BranchId("B"), [.. Enumerable.Range(0, 9).Select(i => $"L{i}")], Sample().Tally));
        Assert.Throws<ArgumentException>(() => new PartialTally(" A", new BranchId("B"), ImmutableArray<string>.Empty, Sample().Tally));
    }
}
