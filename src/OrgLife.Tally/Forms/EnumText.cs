namespace OrgLife.Tally.Forms;

/// <summary>Enum values in documents as their camelCase names (<c>moreThan</c>, <c>ballotsReturned</c>), any case on reading.</summary>
internal static class EnumText
{
    internal static string Write<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    internal static T? Read<T>(string? text, T? fallback, string path, List<FormProblem> problems)
        where T : struct, Enum
    {
        if (text is null)
        {
            if (fallback is null)
            {
                problems.Add(new(path, $"missing; expected one of {string.Join(", ", Enum.GetValues<T>().Select(Write))}."));
            }

            return fallback;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(text, value.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        problems.Add(new(path, $"unknown value '{text}'; expected one of {string.Join(", ", Enum.GetValues<T>().Select(Write))}."));
        return null;
    }
}
