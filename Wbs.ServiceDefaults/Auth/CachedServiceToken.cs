namespace Wbs.ServiceDefaults.Auth;

/// <summary>Keeps a service token until a minute before it expires, fetching at most one at a time.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "A singleton for the process's lifetime; a SemaphoreSlim without a wait handle holds nothing to release.")]
public sealed class CachedServiceToken(TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    public async ValueTask<string?> GetAsync(Func<CancellationToken, Task<(string Token, TimeSpan Lifetime)?>> fetch, CancellationToken cancellationToken)
    {
        if (_current is { } fresh && clock.GetUtcNow() < fresh.RenewAt)
        {
            return fresh.Token;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } other && clock.GetUtcNow() < other.RenewAt)
            {
                return other.Token;
            }
            if (await fetch(cancellationToken) is not { } issued)
            {
                return null;
            }
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, issued.Lifetime.Ticks / 2));
            _current = (issued.Token, clock.GetUtcNow() + issued.Lifetime - margin);
            return issued.Token;
        }
        finally
        {
            _gate.Release();
        }
    }
}
