using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.ServiceDefaults.Hosting;

namespace Wbs.ServiceDefaults.Security;

/// <summary>Runs <see cref="KeyRewrapper{TContext}"/> every <see cref="SecurityOptions.RewrapInterval"/>: a key added to a ring is taken up online.</summary>
public sealed class KeyRewrapJob<TContext>(IServiceScopeFactory scopes, IOptions<SecurityOptions> options, TimeProvider clock,
    ILogger<KeyRewrapJob<TContext>> logger) : PeriodicJob(clock, logger) where TContext : DbContext
{
    protected override TimeSpan Interval => options.Value.RewrapInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<KeyRewrapper<TContext>>().RewrapAsync(cancellationToken);
        if (count > 0)
        {
            Logger.LogInformation("Re-wrapped {Count} sealed values under the current keys of their rings", count);
        }
    }
}
