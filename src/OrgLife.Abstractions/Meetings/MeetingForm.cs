namespace OrgLife.Meetings;

/// <summary>The form a branch holds its organizational-life meeting in (City-2019 二).</summary>
public enum MeetingForm
{
    /// <summary>支委会 — a committee meeting, then a 党员大会 for the evaluation; needs a committee.</summary>
    CommitteeMeeting = 0,

    /// <summary>党员大会 — a general meeting of all members.</summary>
    GeneralMeeting = 1,

    /// <summary>党小组会 — party-group meetings between two general meetings.</summary>
    PartyGroupMeetings = 2,
}
