namespace Wbs.Identity.Infrastructure;

/// <summary>Makes sure a signing key exists at start, then rotates it when it is due.</summary>
public sealed class SigningKeyMaintenance(
    SigningKeyRing keys, IOptions<IdentityServiceOptions> options, TimeProvider clock, ILogger<SigningKeyMaintenance> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await keys.EnsureActiveKeyAsync(stoppingToken);
                if (await keys.RotateIfDueAsync(stoppingToken))
                {
                    logger.LogInformation("Token signing key rotated");
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Signing key maintenance failed; retrying later");
            }
            await Task.Delay(options.Value.SigningKeys.RefreshInterval, clock, stoppingToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
