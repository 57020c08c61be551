using Wbs.ServiceDefaults.Hosting;

namespace Wbs.ServiceDefaults.Auth;

/// <summary>
/// Primes <see cref="SessionRevocations"/> at start, retrying until Identity answers; meanwhile tokens
/// issued before this instance started are refused. Retries wait on the wall clock: they wait for a
/// peer, not for anything a test's clock stands for.
/// </summary>
public sealed class SessionRevocationPrimer(
    IServiceScopeFactory scopes, SessionRevocations revocations, ILogger<SessionRevocationPrimer> logger)
    : PeriodicJob(TimeProvider.System, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(2);

    protected override bool Finished => revocations.IsPrimed;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<ISessionRevocationSource>();
        revocations.Prime(await source.GetActiveAsync(cancellationToken));
        Logger.LogInformation("Session revocations primed");
    }
}
