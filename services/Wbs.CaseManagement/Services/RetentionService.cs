using Microsoft.Extensions.Options;
using Wbs.CaseManagement.Extensions;
using Wbs.ServiceDefaults.Hosting;

namespace Wbs.CaseManagement.Services;

/// <summary>Runs <see cref="RetentionSweeper"/> periodically over every tenant; safe with several instances.</summary>
public sealed class RetentionService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<CaseManagementOptions> options,
    ILogger<RetentionService> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.RetentionSweepInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetentionSweeper>().SweepAsync(null, cancellationToken);
    }
}
