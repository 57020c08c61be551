using Npgsql;

namespace Wbs.Identity.Services;

/// <summary>
/// Records what Identity knows of a new report, from its <see cref="ComplaintSubmitted"/> event or
/// from Intake when a code arrives first; whichever comes second finds the row and does nothing.
/// A report submitted with an account token is linked here, and the link published once.
/// </summary>
public sealed class ReportRecorder(IdentityDbContext db, TimeProvider clock, ILogger<ReportRecorder> logger)
{
    /// <summary>Adds the report (and its link event) to the unit of work; the caller saves.</summary>
    public async Task<Report> AddAsync(Guid complaintId, string tenant, string trackingNumber, string codeDigest,
        DateTimeOffset submittedAt, Guid? accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (accountId is { } id && !await db.Accounts.AnyAsync(a => a.Id == id && a.Tenant == tenant, cancellationToken))
        {
            logger.LogWarning("Report {TrackingNumber} names an unknown account; it is recorded without a link", trackingNumber);
            accountId = null;
        }
        var report = new Report
        {
            ComplaintId = complaintId,
            Tenant = tenant,
            TrackingNumber = trackingNumber,
            CodeDigest = codeDigest,
            SubmittedAt = submittedAt,
            AccountId = accountId,
            LinkedAt = accountId is null ? null : now,
        };
        db.Reports.Add(report);
        if (accountId is { } linked)
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
        return report;
    }

    /// <summary>Records a report learned from Intake; when its event got there first, answers that row.</summary>
    public async Task<Report> RecordFromIntakeAsync(string tenant, string codeDigest, IntakeReport found, CancellationToken cancellationToken)
    {
        await AddAsync(found.ComplaintId, tenant, found.TrackingNumber, codeDigest, found.SubmittedAt, found.AccountId, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
        }
        return await db.Reports.SingleAsync(r => r.ComplaintId == found.ComplaintId, cancellationToken);
    }
}
