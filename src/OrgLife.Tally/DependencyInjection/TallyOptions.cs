using OrgLife.Tally.Formats;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.DependencyInjection;

/// <summary>The options of <c>AddOrgLifeTally</c>: how readers are made and which ballot forms a host knows by name. Mutable, as options are.</summary>
public sealed class TallyOptions
{
    /// <summary>The <see cref="CsvBallotReader.RegroupLimit"/> of the readers <see cref="CsvBallotReaderFactory"/> makes; 64 MiB unless set.</summary>
    public int RegroupLimit { get; set; } = CsvBallotReader.DefaultRegroupLimit;

    /// <summary>Ballot forms of the host's own, by name (case-insensitive), beside the built-in <c>single</c>, <c>good-fair-poor</c> and <c>six-criteria</c>.</summary>
    public Dictionary<string, BallotForm> Forms { get; } = new(StringComparer.OrdinalIgnoreCase);
}
