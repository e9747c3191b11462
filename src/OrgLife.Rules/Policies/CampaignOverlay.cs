using System.Collections.Immutable;
using NodaTime;
using OrgLife.Findings;

namespace OrgLife.Rules.Policies;

/// <summary>
/// A vendor's yearly campaign (年度部署) on top of a preset: the dates, thresholds and severities it
/// changes and the rules it switches off or on. Null leaves the preset's value as it is.
/// The result is validated like any policy, so an overlay cannot produce a contradiction.
/// </summary>
public sealed record CampaignOverlay
{
    /// <summary>The campaign's name, appended to the preset's in reports.</summary>
    public string? Name { get; init; }

    /// <summary>OL507: the campaign deadline.</summary>
    public LocalDate? CampaignDeadline { get; init; }

    /// <summary>OL106: member notice days for a 组织生活会.</summary>
    public int? MemberNoticeDays { get; init; }

    /// <summary>OL107: superior notice days.</summary>
    public int? SuperiorNoticeDays { get; init; }

    /// <summary>OL501: report days for a 组织生活会.</summary>
    public int? ReportDays { get; init; }

    /// <summary>OL212: the group-split threshold.</summary>
    public int? GroupSplitThreshold { get; init; }

    /// <summary>OL303: a new Excellent cap; see <see cref="RemoveExcellentCap"/> to switch the cap off.</summary>
    public Ratio? ExcellentCap { get; init; }

    /// <summary>OL303: true switches the Excellent cap off for this campaign.</summary>
    public bool RemoveExcellentCap { get; init; }

    /// <summary>OL201/OL202: the quorum reading.</summary>
    public QuorumMode? QuorumMode { get; init; }

    /// <summary>Severities to set, on top of the preset's.</summary>
    public ImmutableDictionary<RuleId, Severity> SeverityOverrides { get; init; } = ImmutableDictionary<RuleId, Severity>.Empty;

    /// <summary>Rules to switch off.</summary>
    public ImmutableHashSet<RuleId> DisabledRules { get; init; } = [];

    /// <summary>Rules to switch back on that the preset had switched off.</summary>
    public ImmutableHashSet<RuleId> EnabledRules { get; init; } = [];

    /// <summary>Applies the overlay to <paramref name="preset"/>.</summary>
    /// <param name="preset">The preset to start from.</param>
    /// <returns>The campaign's policy.</returns>
    /// <exception cref="ArgumentException">The result would contradict itself (negative days, a cap set and removed at once).</exception>
    public OrgLifePolicy ApplyTo(OrgLifePolicy preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        if (RemoveExcellentCap && ExcellentCap is not null)
        {
            throw new ArgumentException("CampaignOverlay sets an Excellent cap and removes it at once.", nameof(ExcellentCap));
        }

        var overlap = DisabledRules.Intersect(EnabledRules);
        if (!overlap.IsEmpty)
        {
            throw new ArgumentException($"CampaignOverlay both disables and enables {string.Join(", ", overlap.Order())}.", nameof(DisabledRules));
        }

        return preset with
        {
            Name = Name is null ? preset.Name : $"{preset.Name}+{Name}",
            CampaignDeadline = CampaignDeadline ?? preset.CampaignDeadline,
            MemberNoticeDays = MemberNoticeDays ?? preset.MemberNoticeDays,
            SuperiorNoticeDays = SuperiorNoticeDays ?? preset.SuperiorNoticeDays,
            ReportDays = ReportDays ?? preset.ReportDays,
            GroupSplitThreshold = GroupSplitThreshold ?? preset.GroupSplitThreshold,
            ExcellentCap = RemoveExcellentCap ? null : ExcellentCap ?? preset.ExcellentCap,
            QuorumMode = QuorumMode ?? preset.QuorumMode,
            SeverityOverrides = preset.SeverityOverrides.SetItems(SeverityOverrides),
            DisabledRules = preset.DisabledRules.Except(EnabledRules).Union(DisabledRules),
        };
    }
}
