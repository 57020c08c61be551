using Microsoft.Extensions.Options;
using Wbs.ServiceDefaults.Hosting;

namespace Wbs.ServiceDefaults.Tenancy;

/// <summary>Reads the registry at start and every <see cref="TenancyOptions.RefreshInterval"/>; waits on the wall clock (for a peer).</summary>
public sealed class TenantCatalogSync(TenantCatalogRefresher refresher, IOptions<TenancyOptions> options, ILogger<TenantCatalogSync> logger)
    : PeriodicJob(TimeProvider.System, logger)
{
    protected override TimeSpan Interval => options.Value.RefreshInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!await refresher.RefreshAsync(cancellationToken))
        {
            Logger.LogDebug("No tenant registry configured; the catalogue stays as loaded");
        }
    }
}
