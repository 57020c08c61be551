using Wbs.ServiceDefaults.Hosting;

namespace Wbs.EvidenceStorage.Services;

/// <summary>
/// Seals the file names stored in the clear before names were sealed (<see cref="EvidenceFile.PlainFileName"/>),
/// a batch at a time, and ends once none is left: every file stored since has its name sealed as it is stored.
/// </summary>
public sealed class FileNameSealing(IServiceScopeFactory scopes, EvidenceNames names, TimeProvider clock, ILogger<FileNameSealing> logger)
    : BackfillJob(clock, logger)
{
    private const int BatchSize = 500;

    protected override async Task BackfillAsync(CancellationToken cancellationToken)
    {
        var sealedCount = await SealPlainNamesAsync(cancellationToken);
        if (sealedCount > 0)
        {
            Logger.LogInformation("Sealed the names of {Count} earlier evidence files", sealedCount);
        }
    }

    /// <returns>How many names were sealed.</returns>
    public async Task<int> SealPlainNamesAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        List<EvidenceFile> batch;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EvidenceDbContext>();
            batch = await db.Evidence.Where(e => e.PlainFileName != null).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var file in batch)
            {
                file.SealedFileName = names.Seal(file.PlainFileName!, file.Tenant, file.Id);
                file.PlainFileName = null;
            }
            count += batch.Count;
            await db.SaveChangesAsync(cancellationToken);
        }
        while (batch.Count == BatchSize);
        return count;
    }
}
