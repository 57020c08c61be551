using Microsoft.Extensions.Options;
using Wbs.ServiceDefaults.Hosting;

namespace Wbs.EvidenceStorage.Services;

/// <summary>Drops resumable uploads left idle past their lifetime, every sweep interval of the injected clock.</summary>
public sealed class ResumableUploadSweeper(ResumableUploads uploads, TimeProvider clock, IOptions<EvidenceOptions> options,
    ILogger<ResumableUploadSweeper> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await uploads.DropExpiredAsync() is > 0 and var dropped)
        {
            Logger.LogInformation("Dropped {Count} idle resumable uploads", dropped);
        }
    }
}
