using OrgLife.Cli.Commands;
using OrgLife.Tally.Forms;

namespace OrgLife.Cli.Tally;

/// <summary>--form: a built-in form by name or a form JSON file (docs/tally.md, "Ballot forms").</summary>
internal static class FormOption
{
    /// <summary>The built-in forms by the names --form takes.</summary>
    public static IReadOnlyDictionary<string, BallotForm> BuiltIns { get; } = new Dictionary<string, BallotForm>(StringComparer.OrdinalIgnoreCase)
    {
        ["single"] = BallotForms.FourGrades,
        ["good-fair-poor"] = BallotForms.GoodFairPoor,
        ["six-criteria"] = BallotForms.SixCriteria,
    };

    /// <summary>The form named by --form (default <c>single</c>, the four grades); a file that cannot be read or is not a valid form is bad input.</summary>
    public static BallotForm Read(string? given)
    {
        var value = given ?? "single";
        if (BuiltIns.TryGetValue(value, out var form))
        {
            return form;
        }

        if (!File.Exists(value))
        {
            throw new UsageException($"--form '{value}' is neither a built-in form ({string.Join(", ", BuiltIns.Keys)}) nor an existing file.");
        }

        try
        {
            using var stream = File.OpenRead(value);
            return BallotFormJson.Parse(stream);
        }
        catch (BallotFormException ex)
        {
            throw new BadInputException($"{value}: not a valid ballot form: {string.Join("; ", ex.Problems)}");
        }
    }
}
