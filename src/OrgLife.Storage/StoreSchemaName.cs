using System.Text.RegularExpressions;

namespace OrgLife.Storage;

/// <summary>
/// The schema (namespace) a store keeps its tables in. Identifiers cannot be SQL parameters, so the name is
/// checked against a strict pattern (lower-case ASCII letters, digits and underscores, starting with a letter or
/// underscore, at most 63 characters) and always written quoted.
/// </summary>
public sealed partial record StoreSchemaName
{
    /// <summary>The default schema, <c>orglife</c>.</summary>
    public static StoreSchemaName Default { get; } = new("orglife");

    /// <summary>Creates a schema name.</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentException">The name breaks the pattern.</exception>
    public StoreSchemaName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Pattern().IsMatch(name))
        {
            throw new ArgumentException($"The schema name '{name}' is not allowed: use 1 to 63 lower-case ASCII letters, digits and underscores, starting with a letter or underscore.", nameof(name));
        }

        Name = name;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The name quoted as an SQL identifier.</summary>
    public string Quoted => $"\"{Name}\"";

    /// <summary>A table of this schema, quoted.</summary>
    /// <param name="table">One of the store's own table names (never user text).</param>
    internal string Table(string table) => $"{Quoted}.\"{table}\"";

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
