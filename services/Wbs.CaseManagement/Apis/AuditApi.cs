namespace Wbs.CaseManagement.Apis;

/// <summary>The tenant's audit trail and its hash-chain check (admins and auditors).</summary>
public static class AuditApi
{
    private const int MaxItems = 1000;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}/audit")
            .RequireAuthorization(WbsPolicies.Staff)
            .RequireTenant()
            .WithTags("Audit");

        api.MapGet("/", ListAudit).WithName("ListAudit");
        api.MapGet("/verify", VerifyAudit).WithName("VerifyAudit");
        return app;
    }

    public static async Task<Results<Ok<AuditList>, ProblemHttpResult>> ListAudit(string tenant, [AsParameters] AuditQuery query,
        ClaimsPrincipal user, CaseDbContext db, CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanReadAudit(user))
        {
            return CaseProblems.Forbidden();
        }
        var entries = db.Audit.AsNoTracking().Where(a => a.Tenant == tenant);
        if (query.TrackingNumber is { Length: > 0 } tn) { entries = entries.Where(a => a.TrackingNumber == tn); }
        if (query.Actor is { Length: > 0 } actor)
        {
            var actorId = Guid.TryParse(actor, out var id) ? id : (Guid?)null;
            entries = entries.Where(a => a.Actor == actor || (actorId != null && a.ActorId == actorId));
        }
        if (query.From is { } from) { var utc = from.ToUniversalTime(); entries = entries.Where(a => a.At >= utc); }
        if (query.To is { } to) { var utc = to.ToUniversalTime(); entries = entries.Where(a => a.At <= utc); }

        var items = await entries.OrderByDescending(a => a.Sequence).Take(MaxItems)
            .Select(a => new AuditItem(a.Sequence, a.At, a.Actor, a.ActorId, a.Action, a.TrackingNumber, a.Detail))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AuditList(items));
    }

    /// <summary>
    /// Intact only when every entry verifies under the chain key (a chain recomputed without the key does
    /// not) and the chain still reaches the head checkpointed outside the database (rows cut from the end do not).
    /// </summary>
    public static async Task<Results<Ok<AuditVerification>, ProblemHttpResult>> VerifyAudit(string tenant, ClaimsPrincipal user,
        CaseDbContext db, AuditChain chain, AuditCheckpoints checkpoints, CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanReadAudit(user))
        {
            return CaseProblems.Forbidden();
        }
        var checkpoint = checkpoints.Read(tenant);
        var entries = await db.Audit.AsNoTracking().Where(a => a.Tenant == tenant).OrderBy(a => a.Sequence).ToListAsync(cancellationToken);
        var broken = chain.FirstBroken(entries);
        var atCheckpoint = checkpoint is null ? null : entries.FirstOrDefault(e => e.Sequence == checkpoint.Sequence);
        var truncated = checkpoint is not null && atCheckpoint is null;
        if (broken is null && atCheckpoint is not null && atCheckpoint.Hash != checkpoint!.Hash)
        {
            broken = atCheckpoint;
        }
        var firstBroken = broken?.Sequence ?? (truncated ? entries.Count + 1 : null);
        return TypedResults.Ok(new AuditVerification(broken is null && !truncated, entries.Count, firstBroken, broken?.At,
            truncated, checkpoint?.Sequence));
    }
}
