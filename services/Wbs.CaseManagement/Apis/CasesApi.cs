namespace Wbs.CaseManagement.Apis;

/// <summary>The staff console's case inbox and case view. Staff token of the tenant; roles checked per endpoint.</summary>
public static class CasesApi
{
    private const int DefaultPageSize = 20, MaxPageSize = 100, TotalLimit = CaseSearch.MaxMatches;

    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}/cases")
            .RequireAuthorization(WbsPolicies.Staff)
            .RequireTenant()
            .WithTags("Cases");

        api.MapGet("/", ListCases).WithName("ListCases");
        api.MapGet("/{trackingNumber}", GetCase).WithName("GetCase");
        api.MapPost("/{trackingNumber}/transitions", CaseActions.Transition).WithName("TransitionCase").WithValidation<TransitionRequest>();
        api.MapPost("/{trackingNumber}/assignment", CaseActions.Assign).WithName("AssignCase").WithValidation<AssignmentRequest>();
        api.MapPost("/{trackingNumber}/messages", CaseActions.PostStaffMessage).WithName("PostStaffMessage").WithValidation<MessageRequest>();
        api.MapPost("/{trackingNumber}/notes", CaseActions.PostNote).WithName("PostNote").WithValidation<MessageRequest>();
        return app;
    }

    public static async Task<Results<Ok<CaseList>, ValidationProblem, ProblemHttpResult>> ListCases(string tenant,
        [AsParameters] CaseListQuery query, HttpContext http, ClaimsPrincipal user, [AsParameters] CaseServices services,
        IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanWorkCases(user))
        {
            return CaseProblems.Forbidden();
        }
        var errors = new ValidationErrors();
        if (query.Status is not null && !CaseStatus.IsKnown(query.Status))
        {
            errors.Add("status", "Status tidak dikenal. / Unknown status.");
        }
        Guid? assignee = null;
        if (query.Assignee is { Length: > 0 } a && a is not ("me" or "none"))
        {
            if (Guid.TryParse(a, out var id)) { assignee = id; }
            else { errors.Add("assignee", "Harus id staf, 'me' atau 'none'. / Must be a staff id, 'me' or 'none'."); }
        }
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? DefaultPageSize;
        if (page < 1) { errors.Add("page", "Minimal 1. / At least 1."); }
        if (pageSize is < 1 or > MaxPageSize) { errors.Add("pageSize", $"Antara 1 dan {MaxPageSize}. / Between 1 and {MaxPageSize}."); }
        errors.Length("q", query.Q, 0, 200);
        CaseCursor? after = null;
        if (query.After is { Length: > 0 } cursor && (after = CaseCursor.Decode(cursor)) is null)
        {
            errors.Add("after", "Kursor halaman tidak sah. / Invalid page cursor.");
        }
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors.ToDictionary());
        }

        IReadOnlyDictionary<string, TitleMatch> searched = new Dictionary<string, TitleMatch>();
        string? pattern = null;
        if (query.Q?.Trim() is { Length: > 0 } q)
        {
            searched = await SearchTitlesAsync(services, tenant, q, cancellationToken);
            pattern = $"%{q.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
        }
        var filter = new CaseListFilter(tenant, StaffAccess.SeesOnlyAssigned(user) || query.Assignee == "me", user.SubjectId(), assignee,
            query.Assignee == "none", query.Status, pattern, [.. searched.Keys]);
        var cases = filter.Cases(services.Db);
        var skip = after is null ? (page - 1) * pageSize : 0;
        int? known = null;
        // Whether this page may leave out some of a search's matches, so that the total needs counting.
        var partial = searched.Count > pageSize || after is not null || page > 1;
        // A title search's matches are sorted by their keys alone (SearchPage); a first page that holds them all needs no
        // count, and is read as any other.
        if (searched.Count > 0 && partial
            && await SearchPage.FindAsync(filter, searched, after, skip, pageSize + 1, TotalLimit, services.Db, cancellationToken) is { } matchPage)
        {
            cases = filter.Among(services.Db, matchPage.TrackingNumbers);
            known = matchPage.Total;
            after = null;
            skip = 0;
        }
        // The total, exact up to TotalLimit and "at least" beyond (counting a million rows costs more than the page itself),
        // is counted on a connection of its own while the page is read here, unless the page is likely to tell it: a search
        // with a page of matches or fewer (counting beside it anyway made tracking-number searches slower, bench p95 54 ms).
        var counting = known is null && (pattern is null || partial)
            ? CountAsync(filter, scopes, cancellationToken)
            : null;

        var ordered = cases;
        if (after is not null)
        {
            // Keyset: the first condition lets the (tenant, …, response_due_at, tracking_number) index start right there.
            ordered = ordered.Where(c => c.ResponseDueAt >= after.ResponseDueAt)
                .Where(c => c.ResponseDueAt > after.ResponseDueAt || string.Compare(c.TrackingNumber, after.TrackingNumber) > 0);
        }
        var rows = await ordered.OrderBy(c => c.ResponseDueAt).ThenBy(c => c.TrackingNumber)
            .Skip(skip).Take(pageSize + 1)
            .Select(c => new
            {
                c.TrackingNumber, c.Category, c.Status, c.SubmittedAt, c.ResponseDueAt, c.AssigneeId, c.AssigneeName,
                Unread = c.Messages.Count(m => m.From == CaseMessage.FromReporter && m.ReadAt == null),
            })
            .ToListAsync(cancellationToken);
        var found = rows.Count;
        var next = found > pageSize ? new CaseCursor(rows[pageSize - 1].ResponseDueAt, rows[pageSize - 1].TrackingNumber).Encode() : null;
        rows = rows.Take(pageSize).ToList();

        // The page's titles come from Intake while the count runs here: neither waits for the other. A title search
        // brought its matches' titles already; only cases found by their number are asked for.
        var titles = TitlesAsync(services, tenant, [.. rows.Select(r => r.TrackingNumber).Where(t => !searched.ContainsKey(t))],
            cancellationToken);
        // A numbered page that is not full (and not past the end) tells the total itself, as most searches' first page does.
        var tellsTotal = known is null && after is null && found <= pageSize && (page == 1 || found > 0);
        var total = known ?? (counting is not null ? await counting : tellsTotal ? 0 : await CountAsync(filter, scopes, cancellationToken));
        var counted = tellsTotal ? (page - 1) * pageSize + found : total;
        var fetched = await titles;
        string TitleOf(string trackingNumber) =>
            searched.TryGetValue(trackingNumber, out var match) ? match.Title : fetched.GetValueOrDefault(trackingNumber, "");

        var now = services.Clock.GetUtcNow();
        var deadline = ResponseDeadline.For(http.Tenant());
        var items = rows.Select(r => new CaseListItem(r.TrackingNumber, TitleOf(r.TrackingNumber), r.Category,
            r.Status, CaseStatus.Label(r.Status), r.SubmittedAt, r.ResponseDueAt, deadline.DaysLeft(r.ResponseDueAt, now),
            SlaRules.IsOverdue(r.Status, r.ResponseDueAt, now), r.AssigneeId is { } id ? new Assignee(id, r.AssigneeName) : null,
            r.Unread, deadline.Rule.Unit)).ToList();
        return TypedResults.Ok(new CaseList(items, Math.Min(counted, TotalLimit), page, pageSize, next, counted > TotalLimit));
    }

    private static async Task<int> CountAsync(CaseListFilter filter, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return await filter.TrackingNumbers(db).Take(TotalLimit + 1).CountAsync(cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<string, string>> TitlesAsync(CaseServices services, string tenant, List<string> trackingNumbers,
        CancellationToken cancellationToken)
    {
        try
        {
            return await services.Content.GetTitlesAsync(tenant, trackingNumbers, cancellationToken);
        }
        catch (PeerUnavailableException)
        {
            services.Logger.LogWarning("Intake unavailable: listing {Count} cases without titles", trackingNumbers.Count);
            return new Dictionary<string, string>();
        }
    }

    private static async Task<IReadOnlyDictionary<string, TitleMatch>> SearchTitlesAsync(CaseServices services, string tenant, string q,
        CancellationToken cancellationToken)
    {
        try
        {
            return await services.Content.SearchAsync(tenant, q, cancellationToken);
        }
        catch (PeerUnavailableException)
        {
            services.Logger.LogWarning("Intake unavailable: searching tracking numbers only");
            return new Dictionary<string, TitleMatch>();
        }
    }

    public static async Task<Results<Ok<CaseDetail>, ProblemHttpResult>> GetCase(string tenant, string trackingNumber,
        HttpContext http, ClaimsPrincipal user, [AsParameters] CaseServices services, IEvidenceClient evidenceClient, CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanWorkCases(user))
        {
            return CaseProblems.Forbidden("Auditor tidak dapat membaca isi laporan. / Auditors cannot read report content.");
        }
        var db = services.Db;
        var found = await db.Cases.SingleOrDefaultAsync(c => c.Tenant == tenant && c.TrackingNumber == trackingNumber, cancellationToken);
        if (found is null)
        {
            return CaseProblems.NotFound();
        }
        if (!StaffAccess.CanSee(user, found))
        {
            return CaseProblems.NotAssigned();
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

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var timeline = await db.Timeline.AsNoTracking().Where(t => t.CaseId == found.Id).OrderBy(t => t.At).ToListAsync(cancellationToken);
        var messages = await db.Messages.Where(m => m.CaseId == found.Id).OrderBy(m => m.At).ToListAsync(cancellationToken);
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.ComplaintId == found.Id && e.Tenant == tenant)
            .OrderBy(e => e.AttachedAt).ToListAsync(cancellationToken);
        var now = services.Clock.GetUtcNow();
        foreach (var unread in messages.Where(m => m.From == CaseMessage.FromReporter && m.ReadAt is null))
        {
            unread.ReadAt = now;
        }
        await services.Audit.AppendAsync(user, tenant, AuditActions.CaseViewed, found.TrackingNumber, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);

        var names = await EvidenceFileNames.OfAsync(evidenceClient, tenant, found.Id, evidence, services.Logger, cancellationToken);
        var sealer = services.Sealer;
        return TypedResults.Ok(new CaseDetail
        {
            TrackingNumber = found.TrackingNumber,
            Title = content?.Title ?? "",
            Category = found.Category,
            ReporterType = found.ReporterType,
            Status = found.Status,
            StatusLabel = CaseStatus.Label(found.Status),
            AllowedTransitions = CaseStatus.AllowedFrom(found.Status),
            Outcome = found.Outcome,
            SubmittedAt = found.SubmittedAt,
            ResponseDueAt = found.ResponseDueAt,
            DaysLeft = ResponseDeadline.For(http.Tenant()).DaysLeft(found.ResponseDueAt, now),
            DaysLeftUnit = http.Tenant().EffectiveDeadlineRule.Unit,
            Overdue = SlaRules.IsOverdue(found.Status, found.ResponseDueAt, now),
            FirstResponseAt = found.FirstResponseAt,
            Assignee = found.AssigneeId is { } id ? new Assignee(id, found.AssigneeName) : null,
            Report = content is null ? null : new ReportContent(content.Title, content.What, content.Where, content.When, content.Who, content.How),
            Completeness = content?.Completeness,
            HasSealedIdentity = content?.HasSealedIdentity ?? found.HasSealedIdentity,
            Channel = found.Channel,
            Evidence = [.. evidence.Select(e => new CaseEvidenceItem(e.EvidenceId, names.NameOf(e.EvidenceId), e.Size, e.Supplement, e.AttachedAt))],
            Timeline = [.. timeline.Select(t => new CaseTimelineItem(t.At, t.Kind, t.Status, CaseStatus.Label(t.Status),
                TimelineText.ForReporter(t, found, sealer, ReaderLanguage.Of(http.Request), http.Tenant()), t.Internal, t.ActorName))],
            Messages = [.. messages.Select(m => new CaseMessageItem(m.Id, m.At, m.From, m.AuthorName, sealer.Open(m.Body, m.Tenant, m.Id)))],
        });
    }
}
