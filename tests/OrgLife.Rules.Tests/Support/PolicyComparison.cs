using System.Collections;
using System.Reflection;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Tests.Support;

/// <summary>
/// Compares two policies knob by knob: the record's own equality compares its immutable sets by reference, so two
/// policies built apart with the same values would differ.
/// </summary>
internal static class PolicyComparison
{
    private static readonly PropertyInfo[] Knobs = typeof(OrgLifePolicy).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>True when every knob holds the same value (sets and maps compared by content).</summary>
    public static bool Same(OrgLifePolicy expected, OrgLifePolicy actual) => Difference(expected, actual) is null;

    /// <summary>The first knob whose values differ, as text; null when none does.</summary>
    public static string? Difference(OrgLifePolicy expected, OrgLifePolicy actual)
    {
        foreach (var knob in Knobs)
        {
            var a = Text(knob.GetValue(expected));
            var b = Text(knob.GetValue(actual));
            if (a != b)
            {
                return $"{knob.Name}: expected {a}, got {b}";
            }
        }

        return null;
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string text => text,
        IDictionary map => string.Join(",", map.Keys.Cast<object>().Select(k => $"{k}={map[k]}").Order(StringComparer.Ordinal)),
        MeetingAgendas agendas => agendas.Name,
        IEnumerable items => string.Join(",", items.Cast<object>().Select(i => i.ToString()).Order(StringComparer.Ordinal)),
        _ => value.ToString() ?? "",
    };
}
