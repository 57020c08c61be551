using Microsoft.Extensions.Options;
using Wbs.CaseManagement.Extensions;

namespace Wbs.CaseManagement.Sla;

/// <summary>Runs <see cref="SlaReminderScanner"/> periodically; safe with several instances.</summary>
public sealed class SlaReminderService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<CaseManagementOptions> options,
    ILogger<SlaReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SlaReminderScanner>().ScanAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "SLA reminder scan failed; it runs again at the next interval");
            }
            await Task.Delay(options.Value.SlaScanInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
