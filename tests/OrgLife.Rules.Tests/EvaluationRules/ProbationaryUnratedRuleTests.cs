using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Evaluation;
using OrgLife.Grades;
using OrgLife.Members;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.EvaluationSamples;

namespace OrgLife.Rules.Tests.EvaluationRules;

public sealed class ProbationaryUnratedRuleTests
{
    [Fact]
    public void Probationary_members_determined_without_a_grade_pass()
    {
        var branch = Sample.Branch(5, probationary: 2);
        Assert.Equal(RuleOutcome.Passed, Record(branch, Complete(branch)).Validate().Result("OL302").Outcome);
    }

    [Fact]
    public void A_graded_probationary_member_is_an_error_naming_the_member()
    {
        var branch = Sample.Branch(5, probationary: 2);
        var determinations = AllQualified(branch).SetItem(6, Determined(Sample.Id(7), Grade.Excellent));
        var result = Record(branch, Complete(branch) with { Determinations = determinations }).Validate().Result("OL302");
        Assert.Equal(RuleOutcome.Violated, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Findings.Severity.Error, finding.Severity);
        Assert.Equal("m07", finding.Subject.Id);
        Assert.Equal("evaluation.determinations[6]", finding.Subject.Path);
        Assert.Contains("Member 7", finding.Message);
    }

    [Fact]
    public void Without_determinations_or_roster_the_rule_is_not_evaluated()
    {
        var branch = Sample.Branch(5);
        Assert.Equal(["evaluation.determinations"], Record(branch, Complete(branch) with { Determinations = null }).Validate().Result("OL302").MissingData.ToArray());
        Assert.Equal(["branch"], (Record(branch, Complete(branch)) with { Branch = null }).Validate().Result("OL302").MissingData.ToArray());
    }

    [Property]
    public Property No_probationary_member_ever_ends_up_graded_without_an_OL302_finding()
    {
        var gradeOrNone = Gen.Elements<Grade?>(null, Grade.Excellent, Grade.Qualified, Grade.BasicallyQualified, Grade.Unqualified);
        var records = from full in Gen.Choose(1, 12)
                      from probationary in Gen.Choose(0, 6)
                      from grades in Gen.ListOf(gradeOrNone, full + probationary)
                      from order in Gen.Shuffle(Enumerable.Range(0, full + probationary).ToArray())
                      from extra in Gen.Choose(0, full + probationary)
                      select (full, probationary, grades: grades.ToArray(), order, extra);
        return Prop.ForAll(records.ToArbitrary(), r =>
        {
            var branch = Sample.Branch(r.full, r.probationary);
            // Any order, some members determined twice, and a determination for someone not on the roster.
            var determinations = r.order.Select(i => Determined(branch.Members[i].Id, r.grades[i]))
                .Concat(r.order.Take(r.extra).Select(i => Determined(branch.Members[i].Id, Grade.Qualified)))
                .Append(Determined(new Ids.MemberId("stranger"), Grade.Excellent))
                .ToList();
            var result = Record(branch, new EvaluationRecord { Determinations = [.. determinations] }).Validate().Result("OL302");
            var flagged = result.Findings.Select(f => f.Subject.Id).ToHashSet();
            var gradedProbationary = determinations
                .Where(d => d.Grade is not null && branch.TryGetMember(d.MemberId, out var m) && m.Status == MembershipStatus.Probationary)
                .Select(d => d.MemberId.Value);
            return gradedProbationary.All(flagged.Contains) && flagged.All(id => branch.TryGetMember(new Ids.MemberId(id!), out var m) && m.Status == MembershipStatus.Probationary);
        });
    }
}
