using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// Who talked with whom before the meeting, by roster index, built in one pass over the counted talks
/// (<see cref="PreMeetingTalks.Counts"/>) and shared by OL103, OL104 and OL105 through the rule context, so the three
/// rules do not each walk every talk. Talks naming someone not on the roster are ignored.
/// </summary>
internal sealed class PreMeetingTalkIndex
{
    private readonly bool[] withCommittee;
    private readonly bool[] withSecretary;
    private readonly bool[] pairs;
    private readonly int size;

    private PreMeetingTalkIndex(int size)
    {
        this.size = size;
        withCommittee = new bool[size];
        withSecretary = new bool[size];
        pairs = new bool[size * size];
    }

    /// <summary>True when the member at <paramref name="index"/> talked with a committee member (other than themself).</summary>
    public bool TalkedWithCommittee(int index) => withCommittee[index];

    /// <summary>True when the member at <paramref name="index"/> talked with the secretary.</summary>
    public bool TalkedWithSecretary(int index) => withSecretary[index];

    /// <summary>True when the members at <paramref name="first"/> and <paramref name="second"/> talked with each other.</summary>
    public bool Talked(int first, int second) => pairs[(first * size) + second];

    /// <summary>Indexes the counted talks of the context's record; the caller has checked the roster and the talks are there.</summary>
    public static PreMeetingTalkIndex Build(RuleContext context)
    {
        var members = context.Branch!.Members;
        var index = new PreMeetingTalkIndex(members.Length);
        var meetingDate = context.Meeting?.Date;
        // Talks are usually listed partner by partner in roster order, so the hinted look-ups rarely hash.
        int firstHint = 0, secondHint = 0;
        foreach (var talk in context.Preparation!.Talks!.Value)
        {
            if (!PreMeetingTalks.Counts(talk, meetingDate)
                || context.RosterIndexOf(talk.First, ref firstHint) is not (var first and >= 0)
                || context.RosterIndexOf(talk.Second, ref secondHint) is not (var second and >= 0))
            {
                continue;
            }

            index.Record(members[first], first, second);
            index.Record(members[second], second, first);
        }

        return index;
    }

    private void Record(Members.Member speaker, int from, int to)
    {
        withCommittee[to] |= speaker.IsOnCommittee;
        withSecretary[to] |= speaker.IsSecretary;
        pairs[(from * size) + to] = true;
    }
}
