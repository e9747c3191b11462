using OrgLife.Branches;

namespace OrgLife.Rules.MeetingRules;

/// <summary>Roster look-ups shared by the meeting rules, written as plain loops (they run for every record).</summary>
internal static class MeetingRoster
{
    /// <summary>The roster index of the secretary, or -1 when the roster names none.</summary>
    public static int SecretaryIndex(Branch branch)
    {
        var members = branch.Members;
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i].IsSecretary)
            {
                return i;
            }
        }

        return -1;
    }
}
