using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL204 AgendaOrder 会议议程 — the agenda holds the steps the form requires under the policy's
/// <see cref="OrgLifePolicy.Agendas"/> (the preset's source document), each as often as required and in order. Findings,
/// never an exception, for an agenda of any length, order or content:
/// <list type="bullet">
/// <item>missing — a required step that appears fewer times than the template asks;</item>
/// <item>repeated — a required step that appears more times than that;</item>
/// <item>foreign — a step of another form's part (a committee-part step in the 党员大会 form, a 民主生活会 step in a
/// 组织生活会, a value the vocabulary does not define …);</item>
/// <item>out of order — a required occurrence that cannot stand where it is: the i-th occurrence of a step stands for
/// the i-th stage requiring it, and those not on a longest non-decreasing run of stages are out of order.</item>
/// </list>
/// Other known steps (a step the template does not ask for but the form allows, such as the superior's comments under
/// the common steps) may appear anywhere and repeat. Needs <c>meeting.agenda</c> and, for a 组织生活会, <c>meeting.form</c>.
/// </summary>
internal sealed class AgendaOrderRule : Rule
{
    private const string AgendaPath = "meeting.agenda";

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL204"),
        "AgendaOrder",
        "会议议程",
        "The steps the preset's document requires for the form are all present, once each as required, in order, with no step foreign to the form.",
        Severity.Error,
        [
            Sources.City2019("二(一)", "首先由党支部书记代表党支部委员会向党员大会述职，再按照个人自评、党员互评、民主测评的程序，组织党员开展民主评议"),
            Sources.City2019("二(二)", "党员依次进行对照检查，其他党员进行批评帮助"),
            Sources.City2019("二(三)", "分别召开党小组会，开展个人自评和党员互评，由党员依次进行对照检查，其他党员进行批评帮助"),
            Sources.District2017("附件2 四", "1、支部书记领学有关内容；2、党支部书记代表班子进行述职，说明征求意见和查摆问题情况，集体研究提出整改措施；3、支部书记和班子成员逐一开展批评和自我批评。"),
            Sources.District2017("附件2 五", "1、支部书记领学有关内容；2、支部书记通报支部班子查摆问题、开展批评和自我批评情况；3、开展个人自评和党员互评。"),
        ])
    {
        ChineseSummary = "所选会议形式要求的议程步骤齐全，且顺序正确。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL204.Missing",
            "The agenda of the {form} lacks the step \"{step}\".",
            "{form}议程缺少“{step}”环节。"),
        new("OL204.Repeated",
            "The agenda of the {form} holds the step \"{step}\" {count} times, more than the form requires ({required}).",
            "{form}议程中“{step}”环节出现 {count} 次，应为 {required} 次。"),
        new("OL204.Foreign",
            "The step \"{step}\" does not belong to the agenda of the {form}.",
            "“{step}”环节不属于{form}议程。"),
        new("OL204.OutOfOrder",
            "In the agenda of the {form}, the step \"{step}\" must come after \"{previous}\".",
            "{form}议程中，“{step}”环节应在“{previous}”环节之后。"),
        new("OL204.OutOfOrderBefore",
            "In the agenda of the {form}, the step \"{step}\" must come before \"{next}\".",
            "{form}议程中，“{step}”环节应在“{next}”环节之前。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Meeting is not { } meeting)
        {
            return RuleEvaluation.Missing(RecordPaths.Meeting);
        }

        Enum formTerm;
        AgendaTemplate template;
        MeetingForm? form = null;
        if (meeting.Kind == MeetingKind.DemocraticLife)
        {
            (formTerm, template) = (MeetingKind.DemocraticLife, context.Policy.Agendas.DemocraticLife);
        }
        else if (meeting.Form is { } recorded)
        {
            (formTerm, template, form) = (recorded, context.Policy.Agendas.For(meeting.Kind, recorded), recorded);
        }
        else
        {
            return meeting.Agenda is null
                ? RuleEvaluation.Missing(RecordPaths.Of(RecordPaths.Meeting, "form"), AgendaPath)
                : RuleEvaluation.Missing(RecordPaths.Of(RecordPaths.Meeting, "form"));
        }

        if (meeting.Agenda is not { IsDefault: false } agenda)
        {
            return RuleEvaluation.Missing(AgendaPath);
        }

        // Records of one round mostly hold the same agenda under one policy: the last verdict is kept and reused for an
        // equal agenda, template and form (the evaluation is a function of these three alone, and immutable).
        var last = lastVerdict;
        if (last is not null && last.Matches(agenda, template, form))
        {
            return last.Evaluation;
        }

        var evaluation = Evaluate(agenda, template, form, formTerm);
        lastVerdict = new Verdict(agenda, template, form, evaluation);
        return evaluation;
    }

    /// <summary>The plain check of <paramref name="agenda"/> (no reuse of an earlier verdict): the reference the tests bind the reuse to.</summary>
    internal static RuleEvaluation Evaluate(ImmutableArray<AgendaStep> agenda, AgendaTemplate template, MeetingForm? form, Enum formTerm)
        => RuleEvaluation.Of(Check(agenda, template, form, formTerm));

    // Replaced whole, never changed in place, so threads sharing the rule see one consistent verdict or another's.
    private Verdict? lastVerdict;

    /// <summary>An agenda, the template and form it was checked against (null: a 民主生活会), and the evaluation.</summary>
    private sealed record Verdict(ImmutableArray<AgendaStep> Agenda, AgendaTemplate Template, MeetingForm? Form, RuleEvaluation Evaluation)
    {
        public bool Matches(ImmutableArray<AgendaStep> agenda, AgendaTemplate template, MeetingForm? form)
            => ReferenceEquals(Template, template) && Form == form && Agenda.AsSpan().SequenceEqual(agenda.AsSpan());
    }

    /// <summary>Every finding for <paramref name="agenda"/> against <paramref name="template"/>; <paramref name="form"/> is null for a 民主生活会.</summary>
    internal static List<FindingDraft> Check(ImmutableArray<AgendaStep> agenda, AgendaTemplate template, MeetingForm? form, Enum formTerm)
    {
        var subject = new FindingSubject(SubjectKind.Meeting, null, AgendaPath);
        var findings = new List<FindingDraft>();

        // Occurrences of each step, in one pass over an agenda of any length; then each required occurrence's stage.
        var seen = new Dictionary<AgendaStep, int>();
        var kept = new List<(AgendaStep Step, int Stage)>();
        List<AgendaStep>? foreign = null;
        foreach (var step in agenda)
        {
            var count = seen[step] = seen.GetValueOrDefault(step) + 1;
            var stage = StageOf(template, step, count);
            if (stage >= 0)
            {
                kept.Add((step, stage));
            }
            else if (count == 1 && template.Occurrences(step) == 0 && !BelongsTo(step, form))
            {
                (foreign ??= []).Add(step);
            }
        }

        for (var s = 0; s < template.Stages.Length; s++)
        {
            foreach (var step in template.Stages[s])
            {
                // Report each step once, at its first stage.
                if (StageOf(template, step, 1) != s)
                {
                    continue;
                }

                var required = template.Occurrences(step);
                var count = seen.GetValueOrDefault(step);

                if (count < required)
                {
                    findings.Add(RuleEvaluation.Finding(subject, "OL204.Missing", Severity.Error, ("form", formTerm), ("step", step)));
                }
                else if (count > required)
                {
                    findings.Add(RuleEvaluation.Finding(subject, "OL204.Repeated", Severity.Error, ("form", formTerm), ("step", step), ("count", count), ("required", required)));
                }
            }
        }

        foreach (var step in foreign ?? [])
        {
            findings.Add(RuleEvaluation.Finding(subject, "OL204.Foreign", Severity.Error, ("form", formTerm), ("step", step)));
        }

        OutOfOrder(kept, subject, formTerm, findings);
        return findings;
    }

    /// <summary>The stage the <paramref name="occurrence"/>-th appearance of <paramref name="step"/> stands for, or -1 when the template asks for fewer.</summary>
    private static int StageOf(AgendaTemplate template, AgendaStep step, int occurrence)
    {
        for (var s = 0; s < template.Stages.Length; s++)
        {
            if (template.Stages[s].Contains(step) && --occurrence == 0)
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>
    /// Marks the occurrences off a longest run whose stages never go down (O(n²) over required occurrences only: a
    /// template holds a dozen) and reports each, naming a kept step it conflicts with.
    /// </summary>
    private static void OutOfOrder(List<(AgendaStep Step, int Stage)> kept, FindingSubject subject, Enum formTerm, List<FindingDraft> findings)
    {
        var n = kept.Count;
        if (n < 2)
        {
            return;
        }

        var length = new int[n];
        var back = new int[n];
        var best = 0;
        for (var i = 0; i < n; i++)
        {
            (length[i], back[i]) = (1, -1);
            for (var j = 0; j < i; j++)
            {
                // On a tie, extend the run whose last stage is lower: the steps that came too early are reported, not those after them.
                if (kept[j].Stage <= kept[i].Stage
                    && (length[j] + 1 > length[i] || (length[j] + 1 == length[i] && kept[j].Stage < kept[back[i]].Stage)))
                {
                    (length[i], back[i]) = (length[j] + 1, j);
                }
            }

            best = length[i] > length[best] ? i : best;
        }

        var onRun = new bool[n];
        for (var i = best; i >= 0; i = back[i])
        {
            onRun[i] = true;
        }

        for (var i = 0; i < n; i++)
        {
            if (onRun[i])
            {
                continue;
            }

            // Off a longest run, a step conflicts with one on it (else it would lengthen the run): an earlier step of
            // a later stage, or a later step of an earlier stage.
            var (step, stage) = kept[i];
            for (var j = 0; j < n; j++)
            {
                if (onRun[j] && (j > i ? kept[j].Stage < stage : kept[j].Stage > stage))
                {
                    findings.Add(j > i
                        ? RuleEvaluation.Finding(subject, "OL204.OutOfOrder", Severity.Error, ("form", formTerm), ("step", step), ("previous", kept[j].Step))
                        : RuleEvaluation.Finding(subject, "OL204.OutOfOrderBefore", Severity.Error, ("form", formTerm), ("step", step), ("next", kept[j].Step)));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// True when <paramref name="step"/> may appear in the form (<paramref name="form"/> null: a 民主生活会) even where its
    /// template does not ask for it: steps of one part belong only to forms that have the part.
    /// </summary>
    private static bool BelongsTo(AgendaStep step, MeetingForm? form) => step switch
    {
        AgendaStep.RectificationAndOpinionsReport or AgendaStep.PrincipalLeaderExamination or AgendaStep.TeamMembersSelfCriticism
            or AgendaStep.PrincipalLeaderSummary => form is null,
        AgendaStep.CommitteeMembersInTurn or AgendaStep.SecretarySummary or AgendaStep.CommitteeAccountAndProblems
            or AgendaStep.CommitteeCriticismInTurn => form == MeetingForm.CommitteeMeeting,
        AgendaStep.MembersInTurn => form == MeetingForm.GeneralMeeting,
        AgendaStep.PartyGroupSelfAndPeerEvaluation => form == MeetingForm.PartyGroupMeetings,
        _ => form is not null && Enum.IsDefined(step),
    };
}
