using Microsoft.Extensions.Time.Testing;

namespace Wbs.TestSupport;

/// <summary>
/// The one clock a test moves by hand: the library's <see cref="FakeTimeProvider"/>. By default its timers
/// fire only when the test moves it past their due time (expiry sweeps); with <paramref name="wallTimers"/>
/// they run on real time, so a service's polling loops (outbox, inbox) keep turning while the date it sees is
/// the test's. Elapsed-time measurements always use the real stopwatch.
/// </summary>
public sealed class TestClock(DateTimeOffset start, bool wallTimers = false) : FakeTimeProvider(start)
{
    public TestClock(bool wallTimers = false) : this(DateTimeOffset.UtcNow, wallTimers)
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        wallTimers ? System.CreateTimer(callback, state, dueTime, period) : base.CreateTimer(callback, state, dueTime, period);

    public override long GetTimestamp() => System.GetTimestamp();

    public override long TimestampFrequency => System.TimestampFrequency;
}
