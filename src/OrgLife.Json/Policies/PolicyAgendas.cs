using System.Collections.Immutable;
using OrgLife.Rules.Policies;

namespace OrgLife.Json.Policies;

/// <summary>The agenda sets a policy file names by their <see cref="MeetingAgendas.Name"/>.</summary>
internal static class PolicyAgendas
{
    /// <summary>Every named agenda set.</summary>
    public static ImmutableArray<MeetingAgendas> All { get; } = [MeetingAgendas.Common, MeetingAgendas.City2019, MeetingAgendas.District2017, MeetingAgendas.Municipal2016];

    /// <summary>The agenda set named <paramref name="name"/>, or null.</summary>
    public static MeetingAgendas? ByName(string name) => All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));
}
