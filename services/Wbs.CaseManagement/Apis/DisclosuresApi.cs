namespace Wbs.CaseManagement.Apis;

/// <summary>
/// Identity disclosure with custodian approval (API.md "Case work"): staff who work a case ask with a
/// reason, a custodian who is not the requester decides, and only then may the requester read the
/// identity (Intake opens it after asking <see cref="InternalCasesApi"/>), for a limited time.
/// Every step is audited; the reporter is told that and why, never who asked.
/// </summary>
public static partial class DisclosuresApi
{
    public static IEndpointRouteBuilder MapDisclosuresApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/{tenant}/cases/{trackingNumber}/disclosures")
            .RequireAuthorization(WbsPolicies.Staff).RequireTenant().WithTags("Disclosures")
            .MapPost("/", RequestDisclosure).WithName("RequestDisclosure").WithValidation<DisclosureRequest>()
            .WithSummary("Asks a custodian to disclose the reporter's sealed identity (staff who work the case).");

        var api = app.MapGroup("/api/{tenant}/disclosures")
            .RequireAuthorization(WbsPolicies.Staff).RequireTenant().WithTags("Disclosures");
        api.MapGet("/", ListDisclosures).WithName("ListDisclosures")
            .WithSummary("Custodians: every request of the tenant; other staff: their own. ?status=pending|approved|denied");
        api.MapPost("/{disclosureId:guid}/decision", DecideDisclosure).WithName("DecideDisclosure").WithValidation<DisclosureDecisionRequest>()
            .WithSummary("A custodian who is not the requester approves or denies.");
        return app;
    }

    public static async Task<Results<Created<DisclosureState>, ProblemHttpResult>> RequestDisclosure(string tenant, string trackingNumber,
        DisclosureRequest request, ClaimsPrincipal user, [AsParameters] DisclosureServices services,
        CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanWorkCases(user))
        {
            return CaseProblems.Forbidden();
        }
        var db = services.Db;
        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Tenant == tenant && c.TrackingNumber == trackingNumber, cancellationToken);
        if (found is null)
        {
            return CaseProblems.NotFound();
        }
        if (!StaffAccess.CanSee(user, found))
        {
            return CaseProblems.NotAssigned();
        }
        // The reporter may leave an identity after submission, and only Intake knows that at once.
        try
        {
            if (!found.HasSealedIdentity && !await HasSealedIdentityAsync(services, tenant, trackingNumber, cancellationToken))
            {
                return DisclosureProblems.NoSealedIdentity();
            }
        }
        catch (PeerUnavailableException)
        {
            return CaseProblems.Unavailable("intake");
        }

        var requesterId = user.SubjectId()!.Value;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Disclosures.AnyAsync(d => d.CaseId == found.Id && d.RequesterId == requesterId && d.Status == DisclosureStatus.Pending,
                cancellationToken))
        {
            return DisclosureProblems.AlreadyPending();
        }
        var now = services.Clock.GetUtcNow();
        var disclosure = new Disclosure
        {
            Id = Guid.CreateVersion7(now),
            Tenant = tenant,
            CaseId = found.Id,
            TrackingNumber = found.TrackingNumber,
            RequesterId = requesterId,
            RequesterName = StaffAccess.ActorName(user),
            Reason = [],
            Status = DisclosureStatus.Pending,
            RequestedAt = now,
        };
        disclosure.Reason = services.Sealer.Seal(request.Reason!.Trim(), tenant, disclosure.Id, Disclosure.ReasonPurpose);
        db.Disclosures.Add(disclosure);
        await services.Audit.AppendAsync(user, tenant, AuditActions.DisclosureRequested, found.TrackingNumber, $"disclosure={disclosure.Id}",
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/{tenant}/disclosures/{disclosure.Id}", State(disclosure));
    }

    /// <exception cref="PeerUnavailableException">Intake did not answer.</exception>
    private static async Task<bool> HasSealedIdentityAsync(DisclosureServices services, string tenant, string trackingNumber,
        CancellationToken cancellationToken) =>
        (await services.Content.GetComplaintAsync(tenant, trackingNumber, cancellationToken))?.HasSealedIdentity == true;

    public static async Task<Results<Ok<DisclosureList>, ValidationProblem>> ListDisclosures(string tenant, [FromQuery] string? status,
        ClaimsPrincipal user, CaseDbContext db, TextSealer sealer, CancellationToken cancellationToken)
    {
        if (status is not null and not (DisclosureStatus.Pending or DisclosureStatus.Approved or DisclosureStatus.Denied))
        {
            return Problems.Validation("status", "Harus pending, approved atau denied. / Must be pending, approved or denied.");
        }
        var query = db.Disclosures.AsNoTracking().Where(d => d.Tenant == tenant);
        if (!StaffAccess.IsCustodian(user))
        {
            var me = user.SubjectId();
            query = query.Where(d => d.RequesterId == me);
        }
        if (status is not null)
        {
            query = query.Where(d => d.Status == status);
        }
        var rows = await query.OrderByDescending(d => d.RequestedAt).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(new DisclosureList([.. rows.Select(d => new DisclosureItem(d.Id, d.TrackingNumber, d.Status,
            DisclosureStatus.Label(d.Status), sealer.Open(d.Reason, d.Tenant, d.Id, Disclosure.ReasonPurpose), d.RequesterId, d.RequesterName,
            d.RequestedAt, d.DeciderName, sealer.OpenOrNull(d.Note, d.Tenant, d.Id, Disclosure.NotePurpose), d.DecidedAt, d.ExpiresAt))]));
    }

    private static DisclosureState State(Disclosure d) =>
        new(d.Id, d.TrackingNumber, d.Status, DisclosureStatus.Label(d.Status), d.ExpiresAt);
}
