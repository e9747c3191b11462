using System.Runtime.CompilerServices;

namespace OrgLife.Tally.Box;

/// <summary>
/// One look-up index per immutable key object (a form, a candidate list), built on first use and shared by every box;
/// it lives as long as its key. Thread safe.
/// </summary>
internal static class IndexCache<TKey, TIndex>
    where TKey : class
    where TIndex : class
{
    private static readonly ConditionalWeakTable<TKey, TIndex> Cache = [];

    internal static TIndex Of(TKey key, Func<TKey, TIndex> build) => Cache.GetValue(key, k => build(k));
}
