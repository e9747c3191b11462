using OrgLife.Evaluation;
using OrgLife.Grades;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Messages;

/// <summary>The domain terms that appear inside messages (grades, steps, forms) in both languages.</summary>
internal static class Terms
{
    /// <summary>The term for an enum value in <paramref name="language"/>; other values as invariant text.</summary>
    public static string Name(Enum value, MessageLanguage language)
    {
        var zh = language == MessageLanguage.SimplifiedChinese;
        if (value is MemberCircumstances circumstances)
        {
            return Circumstances(circumstances, zh);
        }

        return value switch
        {
            Grade.Excellent => zh ? "优秀" : "Excellent",
            Grade.Qualified => zh ? "合格" : "Qualified",
            Grade.BasicallyQualified => zh ? "基本合格" : "Basically qualified",
            Grade.Unqualified => zh ? "不合格" : "Unqualified",
            AssessmentScale.FourGrades => zh ? "四等次（优秀/合格/基本合格/不合格）" : "the four grades",
            AssessmentScale.GoodFairPoor => zh ? "好/一般/差" : "good/fair/poor",
            EvaluationStep.SelfEvaluation => zh ? "个人自评" : "self-evaluation",
            EvaluationStep.PeerEvaluation => zh ? "党员互评" : "peer evaluation",
            EvaluationStep.DemocraticAssessment => zh ? "民主测评" : "democratic assessment",
            EvaluationStep.OrganizationalDetermination => zh ? "组织评定" : "organizational determination",
            MeetingForm.CommitteeMeeting => zh ? "支委会" : "committee meeting",
            MeetingForm.GeneralMeeting => zh ? "党员大会" : "general meeting",
            MeetingForm.PartyGroupMeetings => zh ? "党小组会" : "party-group meetings",
            MeetingKind.OrganizationalLife => zh ? "组织生活会" : "organizational-life meeting",
            MeetingKind.DemocraticLife => zh ? "民主生活会" : "democratic-life meeting",
            AgendaStep.WorkReport => zh ? "通报整改和工作情况" : "work and rectification report",
            AgendaStep.SecretarySelfExamination => zh ? "书记对照检查" : "secretary's self-examination",
            AgendaStep.CommitteeMembersInTurn => zh ? "其他委员逐一对照检查" : "committee members in turn",
            AgendaStep.SecretarySummary => zh ? "书记总结" : "secretary's summary",
            AgendaStep.CommitteeReportToGeneralMeeting => zh ? "支委会述职" : "committee's report to the general meeting",
            AgendaStep.SelfEvaluation => zh ? "个人自评" : "self-evaluation",
            AgendaStep.PeerEvaluation => zh ? "党员互评" : "peer evaluation",
            AgendaStep.MembersInTurn => zh ? "党员逐一对照检查" : "members in turn",
            AgendaStep.PartyGroupSelfAndPeerEvaluation => zh ? "党小组自评互评" : "party-group self- and peer evaluation",
            AgendaStep.DemocraticAssessment => zh ? "民主测评" : "democratic assessment",
            AgendaStep.SuperiorComments => zh ? "上级点评" : "superior's comments",
            AgendaStep.SecretaryStatement => zh ? "书记表态" : "secretary's statement",
            AgendaStep.RectificationAndOpinionsReport => zh ? "通报整改和征求意见情况" : "rectification and opinions report",
            AgendaStep.PrincipalLeaderExamination => zh ? "主要负责同志代表班子对照检查" : "principal leader's examination",
            AgendaStep.TeamMembersSelfCriticism => zh ? "班子成员逐一自我批评" : "team members' self-criticism",
            AgendaStep.PrincipalLeaderSummary => zh ? "主要负责同志总结" : "principal leader's summary",
            AgendaStep.LeadStudy => zh ? "书记领学" : "secretary leads the study",
            AgendaStep.CommitteeAccountAndProblems => zh ? "书记代表班子述职并说明征求意见和查摆问题情况" : "committee's account of opinions and problems",
            AgendaStep.CommitteeCriticismInTurn => zh ? "书记和班子成员逐一开展批评和自我批评" : "secretary and committee members criticize in turn",
            AgendaStep.CommitteeCriticismBriefing => zh ? "通报班子查摆问题和批评与自我批评情况" : "briefing on the committee's problems and criticism",
            AgendaStep.CommitteeRating => zh ? "评议支部班子" : "rating of the branch committee",
            GradeFollowUp.Commendation => zh ? "予以表扬" : "commendation",
            GradeFollowUp.Encouragement => zh ? "肯定优点、提出希望和要求" : "acknowledgement of strengths with hopes and requirements",
            GradeFollowUp.EducationAndHelp => zh ? "教育帮扶" : "education and help",
            GradeFollowUp.CorrectionWithinDeadline => zh ? "限期改正" : "correction within a deadline",
            GradeFollowUp.PersuadedToWithdraw => zh ? "劝退" : "persuasion to withdraw",
            GradeFollowUp.Removed => zh ? "除名" : "removal",
            TalkPartner.AnyCommitteeMember => zh ? "支部委员" : "a committee member",
            TalkPartner.Secretary => zh ? "支部书记" : "the secretary",
            _ => value.ToString(),
        };
    }

    /// <summary>Circumstance flags as a list of terms ("mobile, veteran"), in flag order.</summary>
    private static string Circumstances(MemberCircumstances value, bool zh)
    {
        if (value == MemberCircumstances.None)
        {
            return zh ? "无" : "none";
        }

        var names = new List<string>(2);
        foreach (var flag in Enum.GetValues<MemberCircumstances>())
        {
            if (flag != MemberCircumstances.None && value.HasFlag(flag))
            {
                names.Add(flag switch
                {
                    MemberCircumstances.Mobile => zh ? "流动党员" : "mobile",
                    MemberCircumstances.ElderlyOrInfirm => zh ? "年老体弱" : "elderly or infirm",
                    MemberCircumstances.Veteran => zh ? "退役军人党员" : "military veteran",
                    MemberCircumstances.Hardship => zh ? "生活困难" : "in hardship",
                    MemberCircumstances.HealthProblem => zh ? "身心健康存在问题" : "health problems",
                    _ => zh ? "受到纪律处分或者组织处置" : "disciplined or organizationally handled",
                });
            }
        }

        return string.Join(zh ? "、" : ", ", names);
    }
}
