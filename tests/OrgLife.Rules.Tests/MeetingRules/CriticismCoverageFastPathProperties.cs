using FsCheck;
using FsCheck.Fluent;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.MeetingRules;
using OrgLife.Rules.Tests.Properties;
using OrgLife.Rules.Tests.Support;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Tests.MeetingRules;

/// <summary>
/// OL206's fast paths: an examinee whose distinct critics of their circle number the critics due is passed without
/// naming the silent ones, and participants already distinct are not de-duplicated through a set; the plain reference
/// scans every participant for every examinee and de-duplicates every circle. Both give the same evaluation, on arbitrary
/// records (attendance with repeated members among them) and on records whose criticism is nearly complete (every pair
/// of attendees but a few, in any order, some twice).
/// </summary>
public sealed class CriticismCoverageFastPathProperties
{
    private static readonly CriticismCoverageRule Rule = new();

    [Fact]
    public void The_fast_paths_change_no_evaluation()
    {
        var cases = from record in Gen.Frequency((1, RecordGenerators.Record), (3, NearlyComplete))
                    from policy in RecordGenerators.Policy
                    from asOf in RecordGenerators.Date
                    select (record, policy, asOf);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var context = new RuleContext(IsoDates.Of(c.record), IsoDates.Of(c.policy), IsoDates.Of(c.asOf));
            var fast = EvaluationText.Of(Rule.Evaluate(context, fast: true));
            var plain = EvaluationText.Of(Rule.Evaluate(new RuleContext(context.Record, context.Policy, context.AsOf), fast: false));
            return fast == plain;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    /// <summary>An arbitrary record whose remarks are every ordered pair of its attendees but about one in eight, shuffled, a few repeated.</summary>
    private static Gen<BranchRecord> NearlyComplete { get; } =
        from record in RecordGenerators.Record
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select record.Meeting is { Attendance: { IsDefault: false } attendance } meeting
            ? record with { Meeting = meeting with { Remarks = [.. Remarks(attendance, new Random(seed))] } }
            : record;

    private static List<Remark> Remarks(System.Collections.Immutable.ImmutableArray<AttendanceEntry> attendance, Random random)
    {
        var ids = attendance.Select(a => a.MemberId).Distinct().ToList();
        var remarks = new List<Remark>();
        foreach (var from in ids)
        {
            foreach (var to in ids)
            {
                if (from != to && random.Next(8) != 0)
                {
                    var kind = random.Next(12) == 0 ? RemarkKind.WorkSuggestion : RemarkKind.Criticism;
                    remarks.Add(new Remark { FromMemberId = new(from.Value), ToMemberId = new(to.Value), Kind = kind });
                    if (random.Next(10) == 0)
                    {
                        remarks.Add(new Remark { FromMemberId = new(from.Value), ToMemberId = new(to.Value), Kind = RemarkKind.Criticism });
                    }
                }
            }
        }

        return random.Next(3) == 0 ? [.. remarks.OrderBy(_ => random.Next())] : remarks;
    }
}
