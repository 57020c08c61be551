using Microsoft.Extensions.Options;
using Wbs.CaseManagement.Extensions;

namespace Wbs.CaseManagement.Retention;

/// <summary>Runs <see cref="RetentionSweeper"/> periodically over every tenant; safe with several instances.</summary>
public sealed class RetentionService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<CaseManagementOptions> options,
    ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RetentionSweeper>().SweepAsync(null, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Retention sweep failed; it runs again at the next interval");
            }
            await Task.Delay(options.Value.RetentionSweepInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
