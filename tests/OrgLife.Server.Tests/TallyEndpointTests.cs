using System.Net;
using System.Text;
using System.Text.Json;

namespace OrgLife.Server.Tests;

/// <summary>POST /api/tally with a CSV ballot sheet.</summary>
public sealed class TallyEndpointTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_sheet_is_tallied_per_branch_with_duplicates_rejected_and_bad_rows_listed()
    {
        var csv = "branch,ballot,candidate,grade\n"
            + "b1,01,m1,优秀\nb1,01,m2,合格\n"
            + "b1,02,m1,优秀\nb1,02,m2,基本合格\n"
            + "b1,02,m1,优秀\n"
            + "b1,03,m1,合格\nb1,03,m2,合格\n"
            + "b1,04,m1\n";
        var response = await factory.CreateClient().PostAsync("/api/tally", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var body = JsonDocument.Parse(text).RootElement;
        var report = Assert.Single(body.GetProperty("reports").EnumerateArray());
        Assert.Equal("b1", report.GetProperty("branch").GetString());
        Assert.Contains(report.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("id").GetString() == "m1");
    }

    [Fact]
    public async Task Skipped_rows_are_told_in_the_request_culture_like_validate_and_in_Chinese_by_default()
    {
        const string Csv = "branch,ballot,candidate,grade\nb1,01,m1,优秀\n,02,m1,合格\n";
        async Task<string?> ReasonAsync(string? language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tally") { Content = new StringContent(Csv, Encoding.UTF8, "text/csv") };
            if (language is not null)
            {
                request.Headers.AcceptLanguage.ParseAdd(language);
            }

            var text = await (await factory.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();
            return Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("skippedRows").EnumerateArray()).GetProperty("reason").GetString();
        }

        Assert.Equal("党支部为空", await ReasonAsync(null));
        Assert.Equal("党支部为空", await ReasonAsync("zh-CN"));
        Assert.Equal("the branch is empty", await ReasonAsync("en"));
    }

    [Fact]
    public async Task An_xlsx_tally_sheet_is_tallied_as_its_CSV_would_be()
    {
        object?[][] rows =
        [
            ["branch", "ballot", "candidate", "grade"],
            ["b1", "01", "m1", "优秀"], ["b1", "01", "m2", "合格"],
            ["b1", "02", "m1", "优秀"], ["b1", "02", "m2", "基本合格"],
        ];
        using var workbook = new MemoryStream();
        var list = rows.Select(r => r.Select((v, i) => (Key: ((char)('A' + i)).ToString(), Value: v)).ToDictionary(p => p.Key, p => p.Value)).ToList();
        MiniExcelLibs.MiniExcel.SaveAs(workbook, list, printHeader: false, excelType: MiniExcelLibs.ExcelType.XLSX);
        var content = new ByteArrayContent(workbook.ToArray());
        content.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var client = factory.CreateClient();
        var fromXlsx = await client.PostAsync("/api/tally", content);
        var text = await fromXlsx.Content.ReadAsStringAsync();
        Assert.True(fromXlsx.StatusCode == HttpStatusCode.OK, text);
        var csv = string.Join("\n", rows.Select(r => string.Join(',', r))) + "\n";
        var fromCsv = await (await client.PostAsync("/api/tally", new StringContent(csv, Encoding.UTF8, "text/csv"))).Content.ReadAsStringAsync();
        Assert.Equal(
            JsonDocument.Parse(fromCsv).RootElement.GetProperty("reports")[0].GetProperty("candidates").GetRawText(),
            JsonDocument.Parse(text).RootElement.GetProperty("reports")[0].GetProperty("candidates").GetRawText());
    }

    private const string GoodFairPoorSheet = "branch,ballot,candidate,grade\nb1,01,m1,好\nb1,02,m1,一般\nb1,03,m1,好\n";

    private static long ValidBallots(string text) =>
        JsonDocument.Parse(text).RootElement.GetProperty("reports")[0].GetProperty("accepted").GetInt64();

    [Fact]
    public async Task A_built_in_form_named_in_the_query_reads_its_own_grades()
    {
        var response = await factory.CreateClient().PostAsync("/api/tally?form=good-fair-poor", new StringContent(GoodFairPoorSheet, Encoding.UTF8, "text/csv"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal(3, ValidBallots(text));
        Assert.Empty(JsonDocument.Parse(text).RootElement.GetProperty("skippedRows").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_form_name_is_a_problem_listing_the_forms()
    {
        var response = await factory.CreateClient().PostAsync("/api/tally?form=nowhere", new StringContent(GoodFairPoorSheet, Encoding.UTF8, "text/csv"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("forms").EnumerateArray(), f => f.GetString() == "good-fair-poor");
    }

    [Fact]
    public async Task A_posted_form_tallies_the_sheet_posted_beside_it()
    {
        using var body = new MultipartFormDataContent
        {
            { new StringContent(OrgLife.Json.Forms.FormJson.Write(OrgLife.Tally.Forms.BallotForms.GoodFairPoor), Encoding.UTF8, "application/json"), "form", "form.json" },
            { new StringContent(GoodFairPoorSheet, Encoding.UTF8, "text/csv"), "sheet", "sheet.csv" },
        };
        var response = await factory.CreateClient().PostAsync("/api/tally", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal(3, ValidBallots(text));
    }

    [Fact]
    public async Task A_posted_form_that_cannot_be_read_is_a_problem_naming_its_faults()
    {
        using var body = new MultipartFormDataContent
        {
            { new StringContent("{\"name\": 5}", Encoding.UTF8, "application/json"), "form", "form.json" },
            { new StringContent(GoodFairPoorSheet, Encoding.UTF8, "text/csv"), "sheet", "sheet.csv" },
        };
        var problem = await ProblemAssert.IsProblemAsync(await factory.CreateClient().PostAsync("/api/tally", body), HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(problem.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public async Task A_multipart_body_without_a_sheet_is_a_problem()
    {
        using var body = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        await ProblemAssert.IsProblemAsync(await factory.CreateClient().PostAsync("/api/tally", body), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_damaged_workbook_is_a_problem()
    {
        var content = new ByteArrayContent([0x50, 0x4B, 1, 2, 3]);
        content.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await ProblemAssert.IsProblemAsync(await factory.CreateClient().PostAsync("/api/tally", content), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_sheet_without_its_header_is_a_problem()
    {
        var response = await factory.CreateClient().PostAsync("/api/tally", new StringContent("no header here\n", Encoding.UTF8, "text/csv"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_header_that_cannot_be_read_is_told_in_the_request_culture_and_in_Chinese_by_default()
    {
        async Task<string?> DetailAsync(string? language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tally") { Content = new StringContent("branch,ballot,grade\nb1,01,优秀\n", Encoding.UTF8, "text/csv") };
            if (language is not null)
            {
                request.Headers.AcceptLanguage.ParseAdd(language);
            }

            var problem = await ProblemAssert.IsProblemAsync(await factory.CreateClient().SendAsync(request), HttpStatusCode.BadRequest);
            return problem.GetProperty("detail").GetString();
        }

        Assert.Equal("CSV header, line 1: the column 'candidate' is missing.", await DetailAsync("en"));
        Assert.Equal("CSV 表头，第 1 行：缺少列“candidate”。", await DetailAsync(null));
    }

    [Fact]
    public async Task A_sheet_sent_as_JSON_is_415()
    {
        var response = await factory.CreateClient().PostAsync("/api/tally", new StringContent("{}", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }
}
