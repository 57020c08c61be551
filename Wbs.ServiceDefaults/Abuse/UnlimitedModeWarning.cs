using Microsoft.Extensions.Options;

namespace Wbs.ServiceDefaults.Abuse;

/// <summary>Says loudly at start that every abuse protection is lifted, so it is never on by accident.</summary>
public sealed class UnlimitedModeWarning(IOptions<AbuseOptions> options, ILogger<UnlimitedModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Unlimited)
        {
            logger.LogWarning("!!! Abuse:Unlimited is on: rate limits, quotas and proof of work are all LIFTED. Benches only, never in production. !!!");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
