using System.Runtime.CompilerServices;

namespace OrgLife.Rules.Validation;

/// <summary>
/// One shared box per small value of an enum, for finding arguments: a rule that makes a finding per member (OL308 for
/// each Qualified member without a recorded encouragement) would otherwise box the same grade and follow-up each time.
/// A box is immutable, so sharing it changes nothing a reader can see.
/// </summary>
/// <typeparam name="T">An enum whose underlying type is 32 bits wide (values outside 0–63 are boxed fresh).</typeparam>
internal static class Boxes<T>
    where T : struct, Enum
{
    private const int Cached = 64;

    private static readonly object[]? Shared = Unsafe.SizeOf<T>() == sizeof(int) ? MakeShared() : null;

    /// <summary><paramref name="value"/> boxed: the shared box for a value in 0–63, a new one otherwise.</summary>
    public static object Of(T value)
    {
        var number = Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<T, int>(ref value) : -1;
        return Shared is not null && (uint)number < Cached ? Shared[number] : value;
    }

    private static object[] MakeShared()
    {
        var boxes = new object[Cached];
        for (var i = 0; i < Cached; i++)
        {
            var number = i;
            boxes[i] = Unsafe.As<int, T>(ref number);
        }

        return boxes;
    }
}
