namespace Wbs.Identity.Services;

/// <summary>
/// Records what Identity knows of a new report, from its <see cref="ComplaintSubmitted"/> event or
/// from Intake when a code arrives first. Both can arrive together (and two sign-ins with one fresh
/// code as well), so the row is inserted with <c>ON CONFLICT DO NOTHING</c>: whichever comes second
/// does nothing, and no failed insert is logged as a database error.
/// A report submitted with an account token is linked here, and the link published once.
/// </summary>
public sealed class ReportRecorder(IdentityDbContext db, TimeProvider clock, ILogger<ReportRecorder> logger)
{
    /// <summary>
    /// Records the report unless it is known, and saves the unit of work (a consumer's inbox row with it).
    /// </summary>
    /// <returns>Whether this call recorded it.</returns>
    public async Task<bool> RecordAsync(Guid complaintId, string tenant, string trackingNumber, string codeDigest,
        DateTimeOffset submittedAt, Guid? accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (accountId is { } id && !await db.Accounts.AnyAsync(a => a.Id == id && a.Tenant == tenant, cancellationToken))
        {
            logger.LogWarning("Report {TrackingNumber} names an unknown account; it is recorded without a link", trackingNumber);
            accountId = null;
        }
        DateTimeOffset? linkedAt = accountId is null ? null : now;

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var recorded = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO reports (complaint_id, tenant, tracking_number, code_digest, submitted_at, account_id, linked_at)
            VALUES ({complaintId}, {tenant}, {trackingNumber}, {codeDigest}, {submittedAt.ToUniversalTime()}, {accountId}, {linkedAt})
            ON CONFLICT DO NOTHING
            """, cancellationToken) == 1;
        if (recorded && accountId is { } linked)
        {
            // CaseManagement learns every link the same way, whether made here or later by code.
            db.AddIntegrationEvent(new ReporterAccountLinked
            {
                Tenant = tenant,
                AccountId = linked,
                ComplaintId = complaintId,
                TrackingNumber = trackingNumber,
                LinkedAt = now,
            }, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return recorded;
    }

    /// <summary>Records a report learned from Intake; when its event got there first, answers that row.</summary>
    public async Task<Report> RecordFromIntakeAsync(string tenant, string codeDigest, IntakeReport found, CancellationToken cancellationToken)
    {
        await RecordAsync(found.ComplaintId, tenant, found.TrackingNumber, codeDigest, found.SubmittedAt, found.AccountId, cancellationToken);
        return await db.Reports.SingleAsync(r => r.ComplaintId == found.ComplaintId, cancellationToken);
    }
}
