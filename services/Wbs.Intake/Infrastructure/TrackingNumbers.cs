namespace Wbs.Intake.Infrastructure;

/// <summary>
/// Hands out tracking-number sequences per tenant and year from a PostgreSQL sequence created on
/// first use by <c>next_tracking_number</c> (migration TrackingSequences): unique and increasing,
/// gaps allowed, and no hot counter row that every submission of a tenant would update.
/// </summary>
public sealed class TrackingNumbers(IntakeDbContext db)
{
    public async Task<long> NextAsync(string tenant, int year, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<long>($"""SELECT next_tracking_number({tenant}, {year}) AS "Value" """)
            .ToListAsync(cancellationToken)).Single();
}
