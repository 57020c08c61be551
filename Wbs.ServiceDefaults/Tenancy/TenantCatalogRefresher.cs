namespace Wbs.ServiceDefaults.Tenancy;

/// <summary>
/// Re-reads the registry into this instance's <see cref="TenantCatalog"/>: at start, periodically, on a
/// <c>TenantProfileChanged</c> event, and when a request names a slug this instance does not know yet
/// (at most once a second), so a tenant created a moment ago works at once on every instance.
/// Does nothing when no registry is configured (<c>Tenancy:File</c>, or a host without Intake).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "A singleton for the process's lifetime; a SemaphoreSlim without a wait handle holds nothing to release.")]
public sealed class TenantCatalogRefresher(
    TenantCatalog catalog, IServiceScopeFactory scopes, TimeProvider clock, ILogger<TenantCatalogRefresher> logger)
{
    private static readonly TimeSpan MissInterval = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _missLock = new();
    private DateTimeOffset _lastMissRefresh = DateTimeOffset.MinValue;

    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<ITenantRegistry>() is not { } registry)
        {
            return false;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            catalog.Replace(await registry.ListAsync(cancellationToken));
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The tenant, asking the registry once when this instance does not know the slug.</summary>
    public async Task<TenantProfile?> FindAsync(string? slug, CancellationToken cancellationToken)
    {
        if (catalog.Find(slug) is { } known)
        {
            return known;
        }
        if (string.IsNullOrEmpty(slug) || slug.Length > 64)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        lock (_missLock)
        {
            if (now - _lastMissRefresh < MissInterval)
            {
                return null;
            }
            _lastMissRefresh = now;
        }
        try
        {
            await RefreshAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Tenant registry not reachable; unknown slug answered as unknown");
        }
        return catalog.Find(slug);
    }
}
