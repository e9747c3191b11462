using NodaTime;

namespace OrgLife.Cli.Tests.Support;

/// <summary>A clock that always reads the same instant (NodaTime.Testing is not available here).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
