namespace Wbs.ServiceDefaults.Auth;

/// <summary>Primes <see cref="SessionRevocations"/> at start, retrying until Identity answers.</summary>
public sealed class SessionRevocationPrimer(
    IServiceScopeFactory scopes, SessionRevocations revocations, ILogger<SessionRevocationPrimer> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested && !revocations.IsPrimed)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var source = scope.ServiceProvider.GetRequiredService<ISessionRevocationSource>();
                revocations.Prime(await source.GetActiveAsync(stoppingToken));
                logger.LogInformation("Session revocations primed");
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Session revocations not yet primed; tokens issued before this instance started are refused meanwhile");
            }
            await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
