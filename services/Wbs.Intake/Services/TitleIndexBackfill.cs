using Wbs.ServiceDefaults.Hosting;

namespace Wbs.Intake.Services;

/// <summary>
/// Gives the reports written before the title index existed their tokens (<see cref="TitleIndex"/>), and those written
/// before titles were sealed on their own their sealed title, a batch at a time, and ends once none is left: every report
/// written since gets both as it is written. Until then search still finds them, by opening their content.
/// </summary>
public sealed class TitleIndexBackfill(IServiceScopeFactory scopes, TitleIndex index, ComplaintSealer sealer, TimeProvider clock,
    ILogger<TitleIndexBackfill> logger) : BackfillJob(clock, logger)
{
    private const int BatchSize = 500;

    protected override async Task BackfillAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        List<Complaint> batch;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            batch = await db.Complaints.AsNoTracking().Where(c => (c.TitleTokens == null || c.SealedTitle == null) && c.SealedContent != null)
                .OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var complaint in batch)
            {
                var title = sealer.OpenContent(complaint).Title;
                var tokens = index.TitleTokens(complaint.Tenant, title);
                var sealedTitle = sealer.SealTitle(title, complaint.Tenant, complaint.Id);
                // Only while the content still exists: a report destroyed meanwhile keeps neither.
                done += await db.Complaints.Where(c => c.Id == complaint.Id && c.SealedContent != null && (c.TitleTokens == null || c.SealedTitle == null))
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.TitleTokens, tokens).SetProperty(c => c.SealedTitle, sealedTitle), cancellationToken);
            }
        }
        while (batch.Count == BatchSize);
        if (done > 0)
        {
            Logger.LogInformation("Indexed and sealed the titles of {Count} earlier reports", done);
        }
    }
}
