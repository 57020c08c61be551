using Wbs.ServiceDefaults.Hosting;

namespace Wbs.Identity.Services;

/// <summary>Makes sure a signing key exists at start, then rotates it when it is due.</summary>
public sealed class SigningKeyMaintenance(
    SigningKeyRing keys, IOptions<IdentityServiceOptions> options, TimeProvider clock, ILogger<SigningKeyMaintenance> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.SigningKeys.RefreshInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await keys.EnsureActiveKeyAsync(cancellationToken);
        if (await keys.RotateIfDueAsync(cancellationToken))
        {
            Logger.LogInformation("Token signing key rotated");
        }
    }
}
