namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>A clock the test moves by hand; timers (Task.Delay with this provider) fire when it passes their due time.</summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _now += by;
        }
        for (var round = 0; round < 1000; round++)
        {
            FakeTimer? due;
            lock (_lock)
            {
                due = _timers.Where(t => t.DueAt <= _now).OrderBy(t => t.DueAt).FirstOrDefault();
                if (due is null)
                {
                    return;
                }
                due.DueAt = due.Period is { } period && period > TimeSpan.Zero ? due.DueAt + period : null;
                if (due.DueAt is null)
                {
                    _timers.Remove(due);
                }
            }
            due.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class FakeTimer(FakeTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }
        public TimeSpan? Period { get; set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._lock)
            {
                clock._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }
                DueAt = clock._now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? null : period;
                clock._timers.Add(this);
            }
            return true;
        }

        public void Dispose()
        {
            lock (clock._lock)
            {
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
