using Microsoft.Extensions.Options;
using Wbs.EvidenceStorage.Extensions;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>Runs <see cref="EvidenceExpiry"/> at start and then every sweep interval of the injected clock.</summary>
public sealed class UnattachedEvidenceSweeper(IServiceScopeFactory scopes, TimeProvider clock, IOptions<EvidenceOptions> options, ILogger<UnattachedEvidenceSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<EvidenceExpiry>().DeleteExpiredAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Sweeping unattached evidence failed; retrying at the next interval");
            }
            await Task.Delay(options.Value.SweepInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
