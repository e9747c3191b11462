namespace OrgLife.Meetings;

/// <summary>Which part of a meeting a <see cref="MeetingPart"/> is (City-2019 二(一)–(三); District-2017 附件2 四、五).</summary>
public enum MeetingPartKind
{
    /// <summary>支委会 — the committee part of the committee form: committee members examine themselves and criticize each other.</summary>
    Committee = 0,

    /// <summary>党员大会 — a general meeting of all members (in the 党小组会 form there are two: the opening report and the 民主测评).</summary>
    GeneralMeeting = 1,

    /// <summary>党小组会 — one party group's session, where its members examine themselves and criticize each other.</summary>
    PartyGroup = 2,
}
