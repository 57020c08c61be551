namespace Wbs.CaseManagement.Apis;

/// <summary>Reporter views (code or account token). Titles come from Intake with the caller's own token.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}/reports")
            .RequireAuthorization(WbsPolicies.Reporter)
            .RequireTenant()
            .WithTags("Reports");

        api.MapGet("/", ListReports).WithName("ListReports");
        api.MapGet("/{trackingNumber}", GetReport).WithName("GetReport");
        api.MapPost("/{trackingNumber}/messages", PostReporterMessage).WithName("PostReporterMessage").WithValidation<MessageRequest>();
        api.MapPost("/{trackingNumber}/evidence", AddEvidence).WithName("AddEvidence").WithValidation<EvidenceRequest>();
        return app;
    }

    public static async Task<Ok<List<ReportSummary>>> ListReports(string tenant, ClaimsPrincipal user,
        [AsParameters] CaseServices services, ILinkedReports identity, CancellationToken cancellationToken)
    {
        var linked = await identity.LinkedInIdentityAsync(user, tenant, services.Logger, cancellationToken);
        var rows = await services.Db.Cases.AsNoTracking().OwnedBy(user, tenant, linked)
            .OrderByDescending(c => c.SubmittedAt)
            .Select(c => new
            {
                c.TrackingNumber, c.Status, c.SubmittedAt, c.ResponseDueAt, c.LastUpdateAt,
                Unread = c.Messages.Count(m => m.From == CaseMessage.FromStaff && m.ReadAt == null),
            })
            .ToListAsync(cancellationToken);

        IReadOnlyDictionary<string, string> titles;
        try
        {
            titles = await services.Content.GetTitlesAsync(tenant, [.. rows.Select(r => r.TrackingNumber)], cancellationToken);
        }
        catch (PeerUnavailableException)
        {
            services.Logger.LogWarning("Intake unavailable: listing {Count} reports without titles", rows.Count);
            titles = new Dictionary<string, string>();
        }

        var opened = rows.Select(r => new ReportSummary(r.TrackingNumber, titles.GetValueOrDefault(r.TrackingNumber, ""),
            r.Status, CaseStatus.Label(r.Status), r.SubmittedAt, r.ResponseDueAt, r.LastUpdateAt, r.Unread));
        var missing = NotYetOpenedReports.Missing(user, linked, rows.Select(r => r.TrackingNumber).ToHashSet(StringComparer.Ordinal));
        var notYetOpened = missing.Count == 0 ? []
            : await NotYetOpenedReports.FetchAsync(services, tenant, missing, cancellationToken);
        return TypedResults.Ok(notYetOpened.Select(NotYetOpenedReports.Summary).Concat(opened)
            .OrderByDescending(r => r.SubmittedAt).ToList());
    }

    public static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> GetReport(string tenant, string trackingNumber,
        HttpContext http, ClaimsPrincipal user, [AsParameters] CaseServices services, TenantCatalog tenants, ILinkedReports identity,
        IEvidenceClient evidenceClient, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var found = await db.Cases.OwnedBy(user, tenant).SingleOrDefaultAsync(c => c.TrackingNumber == trackingNumber, cancellationToken);
        IReadOnlyList<string>? linked = null;
        if (found is null && (linked = await identity.LinkedInIdentityAsync(user, tenant, services.Logger, cancellationToken)) is not null)
        {
            // A link Identity has committed but whose event has not arrived yet.
            found = await db.Cases.OwnedBy(user, tenant, linked).SingleOrDefaultAsync(c => c.TrackingNumber == trackingNumber, cancellationToken);
        }
        if (found is null)
        {
            // The caller's own report whose case has not opened yet: shown as received, or 404 as before.
            var pending = NotYetOpenedReports.Missing(user, linked, new HashSet<string>()).Contains(trackingNumber)
                ? await NotYetOpenedReports.FetchAsync(services, tenant, [trackingNumber], cancellationToken)
                : [];
            return pending is [{ } received]
                ? TypedResults.Ok(NotYetOpenedReports.Detail(received, ReaderLanguage.Of(http.Request), http.Tenant()))
                : CaseProblems.NotFound();
        }

        ComplaintContentResponse? content;
        try
        {
            content = await services.Content.GetComplaintAsync(tenant, trackingNumber, cancellationToken);
        }
        catch (PeerUnavailableException)
        {
            return CaseProblems.Unavailable("intake");
        }

        var timeline = await db.Timeline.AsNoTracking().Where(t => t.CaseId == found.Id && !t.Internal)
            .OrderBy(t => t.At).ToListAsync(cancellationToken);
        var messages = await db.Messages.Where(m => m.CaseId == found.Id).OrderBy(m => m.At).ToListAsync(cancellationToken);
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.ComplaintId == found.Id && e.Tenant == tenant)
            .OrderBy(e => e.AttachedAt).ToListAsync(cancellationToken);

        // Opening the report reads the staff's messages.
        var now = services.Clock.GetUtcNow();
        foreach (var unread in messages.Where(m => m.From == CaseMessage.FromStaff && m.ReadAt is null))
        {
            unread.ReadAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);

        var names = await EvidenceFileNames.OfAsync(evidenceClient, tenant, found.Id, evidence, services.Logger, cancellationToken);
        var sealer = services.Sealer;
        var language = ReaderLanguage.Of(http.Request);
        return TypedResults.Ok(new ReportDetail(
            found.TrackingNumber, content?.Title ?? "", found.Status, CaseStatus.Label(found.Status), found.SubmittedAt, found.ResponseDueAt,
            [.. timeline.Select(t => new ReportTimelineItem(t.At, t.Status, CaseStatus.Label(t.Status), TimelineText.ForReporter(t, found, sealer, language, http.Tenant())))],
            [.. messages.Select(m => new ReportMessage(m.At, m.From, sealer.Open(m.Body, m.Tenant, m.Id)))],
            [.. evidence.Select(e => new ReportEvidence(e.EvidenceId, names.NameOf(e.EvidenceId), e.Size))],
            found.ForwardedTo, found.ForwardedTo is { } to ? ForwardingDestination.NameOf(to, tenants) : null));
    }

    public static async Task<Results<Created<MessagePosted>, ProblemHttpResult>> PostReporterMessage(string tenant, string trackingNumber,
        MessageRequest request, ClaimsPrincipal user, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await db.Cases.OwnedBy(user, tenant).SingleOrDefaultAsync(c => c.TrackingNumber == trackingNumber, cancellationToken);
        if (found is null)
        {
            return CaseProblems.NotFound();
        }

        var now = services.Clock.GetUtcNow();
        var message = CaseConversation.Post(db, services.Sealer, found, CaseMessage.FromReporter, request.Body!, now);
        found.LastUpdateAt = now;
        await services.Audit.AppendAsync(tenant, null, "pelapor", AuditActions.ReporterMessage, found.TrackingNumber, null, cancellationToken);
        return await CaseActions.SaveAsync(db, tx, cancellationToken) is { } conflict
            ? conflict
            : TypedResults.Created($"/api/{tenant}/reports/{found.TrackingNumber}", new MessagePosted(message.Id, now));
    }

    public static async Task<Results<Ok<EvidenceAdded>, ProblemHttpResult>> AddEvidence(string tenant, string trackingNumber,
        EvidenceRequest request, ClaimsPrincipal user, IEvidenceClient evidence, CaseDbContext db,
        CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().OwnedBy(user, tenant)
            .SingleOrDefaultAsync(c => c.TrackingNumber == trackingNumber, cancellationToken);
        if (found is null)
        {
            return CaseProblems.NotFound();
        }
        IReadOnlyList<Guid>? refused;
        try
        {
            refused = await evidence.AttachAsync(tenant, found.Id, found.TrackingNumber, request.EvidenceIds!, cancellationToken);
        }
        catch (PeerUnavailableException)
        {
            return CaseProblems.Unavailable("evidencestorage");
        }
        return refused is null
            ? TypedResults.Ok(new EvidenceAdded(found.TrackingNumber, request.EvidenceIds!))
            : CaseProblems.Invalid("evidenceIds",
                "Sebagian berkas tidak dikenal atau sudah terlampir. / Some files are unknown or already attached.", refused);
    }
}
