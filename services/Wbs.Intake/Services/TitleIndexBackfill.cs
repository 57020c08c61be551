using Wbs.ServiceDefaults.Hosting;

namespace Wbs.Intake.Services;

/// <summary>
/// Gives the reports written before the title index existed their tokens (<see cref="TitleIndex"/>), a batch at a
/// time, and ends once none is left: every report written since is indexed as it is written. Until then search
/// still finds them, by opening them.
/// </summary>
public sealed class TitleIndexBackfill(IServiceScopeFactory scopes, TitleIndex index, ComplaintSealer sealer, TimeProvider clock,
    ILogger<TitleIndexBackfill> logger) : BackfillJob(clock, logger)
{
    private const int BatchSize = 500;

    protected override async Task BackfillAsync(CancellationToken cancellationToken)
    {
        var indexed = 0;
        List<Complaint> batch;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            batch = await db.Complaints.AsNoTracking().Where(c => c.TitleTokens == null && c.SealedContent != null)
                .OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var complaint in batch)
            {
                var tokens = index.TitleTokens(complaint.Tenant, sealer.OpenContent(complaint).Title);
                // Only while the content still exists: a report destroyed meanwhile keeps no tokens.
                indexed += await db.Complaints.Where(c => c.Id == complaint.Id && c.SealedContent != null && c.TitleTokens == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.TitleTokens, tokens), cancellationToken);
            }
        }
        while (batch.Count == BatchSize);
        if (indexed > 0)
        {
            Logger.LogInformation("Indexed the titles of {Count} earlier reports", indexed);
        }
    }
}
