using OrgLife.Cli.Tests.Support;

namespace OrgLife.Cli.Tests;

public sealed class MalformedInputTests(TempFiles files) : IClassFixture<TempFiles>
{
    private const string Roster = "\"id\": \"b\", \"name\": \"B\", \"kind\": \"village\", \"hasCommittee\": true";

    private static string InBranch(string rest) => $"{{\"branch\": {{{Roster}, {rest}}}}}";

    public static TheoryData<string, string, string, string> Documents => new()
    {
        { "an empty file", "", "$", "the document is empty" },
        { "a blank file", "  \n\t ", "$", "the document is empty" },
        { "truncated JSON", """{"branch": {"id": "b", "name": """, "$.branch", "malformed JSON" },
        { "an unclosed object", """{"meeting": {"kind": "organizationalLife"}""", "$", "malformed JSON" },
        { "text after the document", """{} x""", "$", "malformed JSON" },
        { "null as the document", "null", "$", "found null" },
        { "an array as the document", "[1, 2]", "$", "expected an object" },
        { "a huge number where a boolean belongs", """{"branch": {"id": "b", "name": "B", "kind": "village", "hasCommittee": 1e400, "members": []}}""", "$.branch.hasCommittee", "expected true or false, found a number (1e400)" },
        { "a huge number where an ID belongs", """{"meeting": {"kind": "organizationalLife", "chairId": 123456789012345678901234567890}}""", "$.meeting.chairId", "expected text, found a number" },
        { "a number where an enum name belongs", InBranch(""" "members": [{"id": "m1", "name": "A", "status": 99999999999}] """), "$.branch.members[0].status", "expected one of \"full\", \"probationary\", found a number (99999999999)" },
        { "an unknown enum value", InBranch(""" "members": [{"id": "m1", "name": "A", "status": "candidate"}] """), "$.branch.members[0].status", "expected one of \"full\", \"probationary\", found text 'candidate'" },
        { "an unknown grade", """{"evaluation": {"determinations": [{"memberId": "m1", "grade": "good"}]}}""", "$.evaluation.determinations[0].grade", "\"basicallyQualified\"" },
        { "a wrong date", """{"meeting": {"kind": "organizationalLife", "date": "2026-02-30"}}""", "$.meeting.date", "expected a date as ISO 8601 text yyyy-MM-dd" },
        { "a date in another format", """{"followUp": {"reportSubmitted": {"happened": true, "date": "15/12/2026"}}}""", "$.followUp.reportSubmitted.date", "found text '15/12/2026'" },
        { "a wrong date and time", """{"meeting": {"kind": "organizationalLife", "start": "2026-12-15 09:00"}}""", "$.meeting.start", "yyyy-MM-ddTHH:mm:ss" },
        { "a missing required field", InBranch(""" "members": [{"id": "m1", "name": "A"}] """), "$.branch.members[0].status", "required" },
        { "a missing roster", """{"branch": {"id": "b", "name": "B", "kind": "village", "hasCommittee": true}}""", "$.branch.members", "required" },
        { "a member in two groups", InBranch(""" "members": [{"id": "m1", "name": "A", "status": "full"}], "partyGroups": [{"id": "g1", "name": "G1", "memberIds": ["m1"]}, {"id": "g2", "name": "G2", "memberIds": ["m1"]}] """), "$.branch", "member 'm1' is in two party groups" },
        { "a member ID twice", InBranch(""" "members": [{"id": "m1", "name": "A", "status": "full"}, {"id": "m1", "name": "B", "status": "full"}] """), "$.branch", "appears twice in the roster" },
        { "a padded member ID", """{"meeting": {"kind": "organizationalLife", "attendance": [{"memberId": " m1", "present": true}]}}""", "$.meeting.attendance[0].memberId", "must not start or end with white space" },
        { "an unknown agenda step", """{"meeting": {"kind": "organizationalLife", "agenda": ["workReport", "singAnthem"]}}""", "$.meeting.agenda[1]", "found text 'singAnthem'" },
        { "a party-group part without its group", """{"meeting": {"kind": "organizationalLife", "parts": [{"part": "partyGroup", "attendance": []}]}}""", "$.meeting.parts[0].groupId", "required" },
        { "a committee part naming a group", """{"meeting": {"kind": "organizationalLife", "parts": [{"part": "committee", "groupId": "g1"}]}}""", "$.meeting.parts[0].groupId", "only a \"partyGroup\" part names a group" },
        { "an unknown meeting part", """{"meeting": {"kind": "organizationalLife", "parts": [{"part": "plenary"}]}}""", "$.meeting.parts[0].part", "found text 'plenary'" },
        { "an unknown way of taking part", """{"meeting": {"kind": "organizationalLife", "attendance": [{"memberId": "m1", "present": false, "participatedBy": "letter"}]}}""", "$.meeting.attendance[0].participatedBy", "\"atInflowOrganization\"" },
        { "a misspelt property", """{"meeting": {"kind": "organizationalLife", "atendance": []}}""", "$.meeting.atendance", "unknown property" },
        { "a property given twice", """{"meeting": {"kind": "organizationalLife", "kind": "democraticLife"}}""", "$.meeting.kind", "appears twice" },
        { "an object where an array belongs", """{"meeting": {"kind": "organizationalLife", "attendance": {}}}""", "$.meeting.attendance", "expected an array" },
        { "a null item in an array", """{"earlierMeetingDates": ["2025-12-20", null]}""", "$.earlierMeetingDates[1]", "required" },
        { "an unknown time zone", InBranch(""" "timeZone": "Mars/Olympus", "members": [] """), "$.branch.timeZone", "unknown time zone 'Mars/Olympus'" },
        { "an end before the start", """{"meeting": {"kind": "organizationalLife", "start": "2026-12-15T09:00:00", "end": "2026-12-15T08:00:00"}}""", "$.meeting.end", "is before Meeting.Start" },
        { "a talk with oneself", """{"preparation": {"talks": [{"first": "m1", "second": "m1"}]}}""", "$.preparation.talks[0]", "cannot talk with themself" },
        { "roles as text instead of an array", InBranch(""" "members": [{"id": "m1", "name": "A", "status": "full", "roles": "secretary"}] """), "$.branch.members[0].roles", "expected an array" },
        { "a meeting on the calendar's last day", """{"meeting": {"kind": "organizationalLife", "date": "9999-12-31"}}""", "$.meeting.date", "the date 9999-12-31 is outside the supported range 1900-01-01 to 2200-12-31" },
        { "a date before 1900", """{"followUp": {"branchProgressReports": ["1899-12-31"]}}""", "$.followUp.branchProgressReports[0]", "outside the supported range" },
        { "a start after 2200", """{"meeting": {"kind": "organizationalLife", "start": "2201-01-01T09:00:00"}}""", "$.meeting.start", "the date 2201-01-01 is outside the supported range" },
        { "a member ID with a bell", InBranch(""" "members": [{"id": "m\u0007", "name": "A", "status": "full"}] """), "$.branch.members[0].id", "MemberId 'm\\u0007' holds the control character \\u0007 at position 2" },
        { "a rectification item ID with an escape sequence", """{"followUp": {"rectificationItems": [{"id": "r\u001b[31m"}]}}""", "$.followUp.rectificationItems[0].id", "holds a control character" },
        { "a lone surrogate in a name", InBranch(""" "members": [{"id": "m1", "name": "\ud800", "status": "full"}] """), "$.branch.members[0].name", "lone surrogate" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_bad_document_exits_with_2_naming_the_path_and_what_was_expected(string what, string json, string path, string expected)
    {
        var file = files.Write($"{what.Replace(' ', '-')}.json", json);

        var result = Tool.Run("validate", file, "--as-of", "2027-01-10");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains($"{Path.GetFileName(file)}: {path}", result.Stderr);
        Assert.Contains(expected, result.Stderr);
        Assert.True(result.HasNoStackTrace, result.Stderr);
    }

    [Fact]
    public void A_syntax_error_is_located_by_line_and_column()
    {
        var file = files.Write("located.json", "{\n  \"meeting\": {\n    \"kind\": \"organizationalLife\",\n    \"date\": 2026-12-15\n  }\n}");

        var result = Tool.Run("validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("(line 4, column", result.Stderr);
    }

    [Fact]
    public void Invalid_UTF8_is_reported_not_thrown()
    {
        var file = files.Missing("invalid-utf8.json");
        File.WriteAllBytes(file, [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);

        var result = Tool.Run("validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("invalid-utf8.json: $ (line 1, column 3, byte offset 2): invalid UTF-8", result.Stderr);
        Assert.True(result.HasNoStackTrace, result.Stderr);
    }
}
