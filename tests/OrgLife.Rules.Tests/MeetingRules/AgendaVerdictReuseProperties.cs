using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Meetings;
using OrgLife.Rules.MeetingRules;
using OrgLife.Rules.Tests.Properties;
using OrgLife.Rules.Tests.Support;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Tests.MeetingRules;

/// <summary>
/// OL204 reuses its last verdict for an equal agenda under the same template and form. Over a run of records drawing
/// their agendas from a small pool (so verdicts are reused often, and often must not be), one rule instance gives each
/// record what a fresh instance (nothing to reuse: the plain check) gives.
/// </summary>
public sealed class AgendaVerdictReuseProperties
{
    [Fact]
    public void Reusing_the_last_verdict_changes_no_evaluation()
    {
        var run = from pool in Gen.ArrayOf(RecordGenerators.Agenda, 3)
                  from steps in Gen.ListOf(
                      from record in RecordGenerators.Record
                      from policy in RecordGenerators.Policy
                      from pick in Gen.Choose(0, 2)
                      from kind in Gen.Elements(Enum.GetValues<MeetingKind>())
                      from form in Gen.Elements<MeetingForm?>([null, .. Enum.GetValues<MeetingForm>()])
                      select (record, policy, pick, kind, form))
                  select steps.Select(s => (s.record with
                  {
                      // A fresh array each time, as a reader makes one per record: the reuse compares content, not identity.
                      Meeting = (s.record.Meeting ?? new Meeting { Kind = s.kind }) with { Kind = s.kind, Form = s.form, Agenda = [.. pool[s.pick]] },
                  }, s.policy)).ToList();
        Prop.ForAll(run.ToArbitrary(), records =>
        {
            var reusing = new AgendaOrderRule();
            foreach (var (record, policy) in records)
            {
                var context = new RuleContext(IsoDates.Of(record), IsoDates.Of(policy), new NodaTime.LocalDate(2027, 1, 1));
                if (EvaluationText.Of(reusing.Evaluate(context)) != EvaluationText.Of(new AgendaOrderRule().Evaluate(context)))
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
