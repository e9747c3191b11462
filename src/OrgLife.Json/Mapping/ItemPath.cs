namespace OrgLife.Json.Mapping;

/// <summary>
/// The path of an array item, <c>$.meeting.remarks[3]</c>, kept as its parts and spelled out only for an error: a record
/// has hundreds of remarks and attendance entries, and building every item's and property's path text cost more than
/// mapping them.
/// </summary>
/// <param name="Array">The array's path.</param>
/// <param name="Index">The 0-based index of the item.</param>
internal readonly record struct ItemPath(string Array, int Index)
{
    /// <summary>The path of a property of the item: <c>$.meeting.remarks[3].kind</c>.</summary>
    public string Child(string name) => Map.Child(ToString(), name);

    /// <summary>The item's path text.</summary>
    public override string ToString() => Map.Item(Array, Index);
}
