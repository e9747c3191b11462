using System.CommandLine;

namespace OrgLife.Cli.Commands;

/// <summary>
/// An option with the value it means when not given. Not a System.CommandLine default value: help would print that
/// value's <c>ToString()</c> (a whole policy record); the description says the default in words instead.
/// </summary>
/// <typeparam name="T">The option's type.</typeparam>
/// <param name="name">The option's name, with its dashes.</param>
/// <param name="fallback">The value when the option is not given.</param>
internal sealed class ToolOption<T>(string name, Func<T> fallback) : Option<T>(name)
{
    /// <summary>The option's value in <paramref name="parse"/>, or its fallback when not given.</summary>
    public T ValueIn(ParseResult parse) => parse.GetResult(this) is null ? fallback() : parse.GetValue(this)!;
}
