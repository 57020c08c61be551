namespace Wbs.Identity.Infrastructure;

/// <summary>
/// Finds the report a complaint code opens: Identity's own copy first, Intake when the code is
/// fresher than the event that carries it, so a code works the instant it is shown.
/// </summary>
public sealed class ReportLookup(IdentityDbContext db, ComplaintCodeDigester digester, IntakeReportLookup intake, ReportRecorder recorder)
{
    public async Task<Report?> FindByCodeAsync(string tenant, string? complaintCode, CancellationToken cancellationToken)
    {
        if (digester.Digest(complaintCode) is not { } digest)
        {
            return null;
        }
        var report = await db.Reports.FirstOrDefaultAsync(r => r.Tenant == tenant && r.CodeDigest == digest, cancellationToken);
        if (report is not null)
        {
            return report;
        }
        return await intake.FindAsync(tenant, digest, cancellationToken) is { } found
            ? await recorder.RecordFromIntakeAsync(tenant, digest, found, cancellationToken)
            : null;
    }
}
