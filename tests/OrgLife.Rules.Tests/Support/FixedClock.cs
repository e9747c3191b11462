using NodaTime;

namespace OrgLife.Rules.Tests.Support;

/// <summary>A clock that always reads the same instant (NodaTime.Testing is not available here).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    /// <summary>How many times the clock was read.</summary>
    public int Reads { get; private set; }

    public Instant GetCurrentInstant()
    {
        Reads++;
        return now;
    }
}
