using System.Collections.Immutable;
using OrgLife.Json.Dto;
using OrgLife.Ids;
using OrgLife.Records;

namespace OrgLife.Json.Mapping;

/// <summary>
/// The small steps every mapper takes: reject unknown properties, demand required values, turn a
/// domain <see cref="ArgumentException"/> into a <see cref="RecordFormatException"/> at the value's JSON path.
/// </summary>
internal static class Map
{
    /// <summary>The path of a property: <c>$.branch</c> + <c>members</c>.</summary>
    public static string Child(string path, string name) => $"{path}.{name}";

    /// <summary>The path of an array item: <c>$.branch.members</c> + 3.</summary>
    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>Rejects the first property of <paramref name="dto"/> that the format does not define.</summary>
    public static void RejectUnknown(JsonObjectDto dto, string path)
    {
        if (dto.UnknownProperties is not { Count: > 0 } unknown)
        {
            return;
        }

        var known = RecordJsonContext.Default.GetTypeInfo(dto.GetType())!.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name);
        throw new RecordFormatException(Child(path, unknown.Keys.First()), $"unknown property; the object at {path} may have: {string.Join(", ", known)}");
    }

    /// <summary>The object at <paramref name="path"/>, which must be present.</summary>
    public static T Object<T>(T? value, string path)
        where T : JsonObjectDto
        => value ?? throw new RecordFormatException(path, "required, expected an object");

    /// <summary>The value at <paramref name="path"/>, which must be present.</summary>
    public static T Value<T>(T? value, string path, string expected)
        where T : struct
        => value ?? throw new RecordFormatException(path, $"required, expected {expected}");

    /// <summary>The text at <paramref name="path"/>, which must be present.</summary>
    public static string Text(string? value, string path)
        => value ?? throw new RecordFormatException(path, "required, expected text");

    /// <summary>Builds a domain value, naming <paramref name="path"/> when the domain rejects it.</summary>
    public static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            throw new RecordFormatException(path, DomainMessage(ex));
        }
    }

    /// <summary>A required member ID.</summary>
    public static MemberId MemberId(string? text, string path) => Build(path, () => new MemberId(Text(text, path)));

    /// <summary>An optional member ID.</summary>
    public static MemberId? OptionalMemberId(string? text, string path) => text is null ? default(MemberId?) : MemberId(text, path);

    /// <summary>An array of objects; null when absent, an error for a null item.</summary>
    public static ImmutableArray<TOut>? Objects<TIn, TOut>(TIn?[]? items, string path, Func<TIn, string, TOut> map)
        where TIn : JsonObjectDto
    {
        if (items is null)
        {
            return null;
        }

        var result = ImmutableArray.CreateBuilder<TOut>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var itemPath = Item(path, i);
            result.Add(map(Object(items[i], itemPath), itemPath));
        }

        return result.MoveToImmutable();
    }

    /// <summary>An array of objects as <see cref="Objects{TIn, TOut}(TIn[], string, Func{TIn, string, TOut})"/>, each item's path spelled out only for an error.</summary>
    public static ImmutableArray<TOut>? Objects<TIn, TOut>(TIn?[]? items, string path, Func<TIn, ItemPath, TOut> map)
        where TIn : JsonObjectDto
    {
        if (items is null)
        {
            return null;
        }

        var result = ImmutableArray.CreateBuilder<TOut>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i] ?? throw new RecordFormatException(Item(path, i), "required, expected an object");
            result.Add(map(item, new ItemPath(path, i)));
        }

        return result.MoveToImmutable();
    }

    /// <summary>A required value of an array item's property, its path spelled out only for the error.</summary>
    public static T Value<T>(T? value, ItemPath item, string name, string expected)
        where T : struct
        => value ?? throw new RecordFormatException(item.Child(name), $"required, expected {expected}");

    /// <summary>A required member ID of an array item's property, its path spelled out only for the error.</summary>
    public static MemberId MemberId(string? text, ItemPath item, string name)
        => text is not null && Ids.MemberId.TryParse(text, null, out var id) ? id : MemberId(text, item.Child(name));

    /// <summary>Rejects the first property of an array item that the format does not define.</summary>
    public static void RejectUnknown(JsonObjectDto dto, ItemPath item)
    {
        if (dto.UnknownProperties is { Count: > 0 })
        {
            RejectUnknown(dto, item.ToString());
        }
    }

    /// <summary>An array of values; null when absent, an error for a null item.</summary>
    public static ImmutableArray<T>? Values<T>(T?[]? items, string path, string expected)
        where T : struct
    {
        if (items is null)
        {
            return null;
        }

        var result = ImmutableArray.CreateBuilder<T>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            result.Add(items[i] is { } value ? value : throw new RecordFormatException(Item(path, i), $"required, expected {expected}"));
        }

        return result.MoveToImmutable();
    }

    /// <summary>An array of member IDs; null when absent.</summary>
    public static ImmutableArray<MemberId>? MemberIds(string?[]? items, string path)
    {
        if (items is null)
        {
            return null;
        }

        var result = ImmutableArray.CreateBuilder<MemberId>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var text = items[i];
            result.Add(text is not null && Ids.MemberId.TryParse(text, null, out var id) ? id : MemberId(text, Item(path, i)));
        }

        return result.MoveToImmutable();
    }

    /// <summary>An occurrence: <c>happened</c> is required, <c>date</c> optional.</summary>
    public static Occurrence? Occurrence(OccurrenceDto? dto, string path)
    {
        if (dto is null)
        {
            return null;
        }

        RejectUnknown(dto, path);
        return new Occurrence(Value(dto.Happened, Child(path, "happened"), "true or false"), dto.Date);
    }

    /// <summary>The domain's message without the "(Parameter 'x')" and "Actual value was" tails meant for programmers.</summary>
    private static string DomainMessage(ArgumentException ex)
    {
        var message = ex.Message;
        var tail = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return tail >= 0 ? message[..tail] : message.Split('\n')[0];
    }
}
