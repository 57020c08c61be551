using Microsoft.Extensions.Options;
using Wbs.ServiceDefaults.Hosting;

namespace Wbs.EvidenceStorage.Services;

/// <summary>Runs <see cref="EvidenceExpiry"/> at start and then every sweep interval of the injected clock.</summary>
public sealed class UnattachedEvidenceSweeper(IServiceScopeFactory scopes, TimeProvider clock, IOptions<EvidenceOptions> options,
    ILogger<UnattachedEvidenceSweeper> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EvidenceExpiry>().DeleteExpiredAsync(cancellationToken);
    }
}
