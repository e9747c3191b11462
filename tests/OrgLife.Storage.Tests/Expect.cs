using System.Collections.Immutable;
using OrgLife.Partials;

namespace OrgLife.Storage.Tests;

/// <summary>Assertions on roll-ups (an ImmutableArray compares by reference, so its items are compared).</summary>
internal static class Expect
{
    internal static void Same(ImmutableArray<LevelTotals> expected, ImmutableArray<LevelTotals> actual) => Assert.Equal(expected.ToArray(), actual.ToArray());

    internal static void Same(ImmutableArray<LevelTotals> expected, Task<ImmutableArray<LevelTotals>> actual) => Same(expected, actual.GetAwaiter().GetResult());
}
