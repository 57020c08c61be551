namespace Wbs.CaseManagement.Apis;

/// <summary>
/// Intake asks here, with the staff member's token, before it opens a sealed identity. The answer is
/// yes (204) only for the requester of an approved disclosure that has not expired and who still
/// works the case; the read is audited before the yes leaves, refusals are audited too.
/// </summary>
public static class IdentityGrants
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Check(string tenant, Guid complaintId, ClaimsPrincipal user,
        CaseDbContext db, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Tenant == tenant && c.Id == complaintId, cancellationToken);
        if (found is null)
        {
            return CaseProblems.NotFound();
        }
        var now = clock.GetUtcNow();
        var me = user.SubjectId();
        var grant = StaffAccess.CanSee(user, found)
            ? await db.Disclosures.AsNoTracking()
                .Where(d => d.CaseId == found.Id && d.RequesterId == me && d.Status == DisclosureStatus.Approved && d.ExpiresAt > now)
                .OrderByDescending(d => d.ExpiresAt).FirstOrDefaultAsync(cancellationToken)
            : null;
        await audit.AppendAsync(user, tenant, grant is null ? AuditActions.IdentityRefused : AuditActions.IdentityRead, found.TrackingNumber,
            grant is null ? null : $"disclosure={grant.Id}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return grant is null
            ? CaseProblems.Forbidden("Tidak ada pengungkapan identitas yang disetujui untuk Anda. / No approved disclosure for you.")
            : TypedResults.NoContent();
    }
}
