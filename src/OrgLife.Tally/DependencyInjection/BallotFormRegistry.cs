using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.DependencyInjection;

/// <summary>The built-in forms by the names the command line uses, then the options' own (which may replace them).</summary>
internal sealed class BallotFormRegistry : IBallotFormRegistry
{
    private readonly ImmutableDictionary<string, BallotForm> forms;

    public BallotFormRegistry(IOptions<TallyOptions> options)
    {
        var all = new Dictionary<string, BallotForm>(StringComparer.OrdinalIgnoreCase)
        {
            ["single"] = BallotForms.FourGrades,
            ["good-fair-poor"] = BallotForms.GoodFairPoor,
            ["six-criteria"] = BallotForms.SixCriteria,
        };
        foreach (var (name, form) in options.Value.Forms)
        {
            all[name] = form ?? throw new OptionsValidationException(nameof(TallyOptions), typeof(TallyOptions), [$"TallyOptions.Forms[{name}] is null."]);
        }

        forms = all.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
        Names = [.. forms.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Names { get; }

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BallotForm? form)
    {
        ArgumentNullException.ThrowIfNull(name);
        return forms.TryGetValue(name, out form);
    }
}
