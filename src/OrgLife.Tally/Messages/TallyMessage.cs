using System.Collections.Immutable;
using System.Globalization;

namespace OrgLife.Tally.Messages;

/// <summary>
/// A message of the tally (a void mark, a rejected ballot, a turnout that fails, a suggestion not evaluated) as data:
/// a catalogue key and its arguments, rendered in the caller's culture by <see cref="In"/>. Immutable; compares by value.
/// </summary>
public sealed class TallyMessage : IEquatable<TallyMessage>
{
    private readonly ImmutableArray<(string Name, object Value)> arguments;

    internal TallyMessage(string key, params (string Name, object Value)[] arguments)
    {
        Key = key;
        this.arguments = [.. arguments];
    }

    /// <summary>The catalogue key, for example <c>Mark.Candidate</c>.</summary>
    public string Key { get; }

    /// <summary>The arguments by placeholder name, as English (invariant) text.</summary>
    public ImmutableDictionary<string, string> Arguments
        => arguments.ToImmutableDictionary(a => a.Name, a => Text(a.Value, chinese: false), StringComparer.Ordinal);

    /// <summary>The message in <paramref name="culture"/>: Simplified Chinese for any <c>zh</c> culture, English otherwise. Never throws.</summary>
    /// <param name="culture">The caller's culture (never the thread's).</param>
    public string In(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Render(culture.TwoLetterISOLanguageName == "zh");
    }

    /// <summary>The message in English.</summary>
    public override string ToString() => Render(chinese: false);

    /// <inheritdoc />
    public bool Equals(TallyMessage? other)
    {
        if (other is null || other.Key != Key || other.arguments.Length != arguments.Length)
        {
            return false;
        }

        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i].Name != other.arguments[i].Name || !arguments[i].Value.Equals(other.arguments[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TallyMessage);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Key, StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    private string Render(bool chinese)
    {
        var template = TallyMessages.Find(Key);
        var text = template is null ? Key : chinese ? template.Chinese : template.English;
        return TallyMessageTemplate.Fill(text, name =>
        {
            foreach (var (argument, value) in arguments)
            {
                if (argument == name)
                {
                    return Text(value, chinese);
                }
            }

            return null;
        });
    }

    // A nested message (a reason inside a sentence) is rendered in the same language.
    private static string Text(object value, bool chinese) => value switch
    {
        TallyMessage nested => nested.Render(chinese),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
