using Microsoft.Extensions.Options;
using Wbs.CaseManagement.Extensions;
using Wbs.ServiceDefaults.Hosting;

namespace Wbs.CaseManagement.Services;

/// <summary>Runs <see cref="SlaReminderScanner"/> periodically; safe with several instances.</summary>
public sealed class SlaReminderService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<CaseManagementOptions> options,
    ILogger<SlaReminderService> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.SlaScanInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SlaReminderScanner>().ScanAsync(cancellationToken);
    }
}
