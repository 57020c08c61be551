using System.Collections.Concurrent;

namespace Wbs.ServiceDefaults.Abuse;

/// <summary>
/// The ids of challenges already used, each forgotten once its challenge has expired. In memory
/// only: a restart forgets them together with their usefulness (challenges live minutes).
/// </summary>
public sealed class SpentChallenges(TimeProvider clock)
{
    private const int SweepEvery = 1024;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _spent = new(StringComparer.Ordinal);
    private int _sinceSweep;

    public int Count => _spent.Count;

    /// <returns>False when the challenge was spent before.</returns>
    public bool TrySpend(string id, DateTimeOffset expires)
    {
        if (Interlocked.Increment(ref _sinceSweep) >= SweepEvery)
        {
            Interlocked.Exchange(ref _sinceSweep, 0);
            Sweep();
        }
        return _spent.TryAdd(id, expires);
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, expires) in _spent)
        {
            if (expires <= now)
            {
                _spent.TryRemove(id, out _);
            }
        }
    }
}
