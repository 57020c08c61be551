using System.Collections.Concurrent;

namespace Wbs.ServiceDefaults.Abuse;

/// <summary>
/// Anonymous writes (or form posts) per route family and tenant over the last minute (two fixed windows, the older
/// one weighted by how much of it still overlaps). Keys are family and tenant only: nothing of a
/// caller is counted, and the counts live in memory.
/// </summary>
public sealed class PressureGauge(TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<(string Family, string Tenant), Counter> _counters = new();

    /// <returns>The estimated count in the last minute, this request included.</returns>
    public double Record(string family, string tenant) =>
        _counters.GetOrAdd((family, tenant), _ => new Counter()).Add(clock.GetUtcNow());

    /// <summary>The estimated count in the last minute, without adding to it (for challenges handed out ahead).</summary>
    public double Peek(string family, string tenant) =>
        _counters.TryGetValue((family, tenant), out var counter) ? counter.Read(clock.GetUtcNow()) : 0;

    /// <summary>How long until the estimated count falls to <paramref name="limit"/>, if nothing more arrives (a <c>Retry-After</c>).</summary>
    public TimeSpan Until(string family, string tenant, double limit) =>
        _counters.TryGetValue((family, tenant), out var counter) ? counter.Until(clock.GetUtcNow(), Math.Max(0, limit)) : TimeSpan.Zero;

    private sealed class Counter
    {
        private readonly Lock _lock = new();
        private long _windowStart;
        private long _current;
        private long _previous;

        public double Add(DateTimeOffset now) => Update(now, 1);

        public double Read(DateTimeOffset now) => Update(now, 0);

        public TimeSpan Until(DateTimeOffset now, double limit)
        {
            lock (_lock)
            {
                if (Count(now, 0) <= limit)
                {
                    return TimeSpan.Zero;
                }
                double window = Window.Ticks, elapsed = now.UtcTicks - _windowStart;
                // The older window's share shrinks as this one goes by; past its end this window's count shrinks the same way.
                var ticks = _current <= limit
                    ? window * (1 - (limit - _current) / _previous) - elapsed
                    : window - elapsed + window * (1 - limit / _current);
                return TimeSpan.FromTicks((long)Math.Ceiling(ticks));
            }
        }

        private double Update(DateTimeOffset now, int add)
        {
            lock (_lock)
            {
                return Count(now, add);
            }
        }

        /// <summary>Moves to the window <paramref name="now"/> is in, adds, and answers the estimate; the caller holds the lock.</summary>
        private double Count(DateTimeOffset now, int add)
        {
            var start = now.UtcTicks - now.UtcTicks % Window.Ticks;
            if (start != _windowStart)
            {
                _previous = start - _windowStart == Window.Ticks ? _current : 0;
                _current = 0;
                _windowStart = start;
            }
            _current += add;
            var overlap = 1 - (double)(now.UtcTicks - start) / Window.Ticks;
            return _current + _previous * overlap;
        }
    }
}
