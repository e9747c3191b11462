namespace OrgLife.Meetings;

/// <summary>
/// How a member took part other than in person at the meeting (Revision 2 "Attendance modes"). Such a member is not
/// an absentee for OL210/OL509; whether they count toward OL201 is the policy's choice (default no: the 条例 counts
/// those 到会).
/// </summary>
public enum ParticipationMode
{
    /// <summary>A 流动党员 took part at the 流入地 organization's meeting (Village-2019 三(二); District-2017 附件2 五).</summary>
    AtInflowOrganization = 0,

    /// <summary>A 年老体弱、行动不便 member took part "采取适当方式" (Municipal-2016 三.3; District-2017 附件2 五).</summary>
    SuitableMeans = 1,

    /// <summary>A mobile member took part by phone or network (District-2017 附件2 二 "通过电话、网络等方式").</summary>
    PhoneOrNetwork = 2,
}
