namespace Wbs.CaseManagement.Apis;

/// <summary>
/// State changes on a case. Each runs in one transaction with its audit entry and outbox event;
/// the case's xmin makes a change that raced with another one fail with 409.
/// </summary>
public static class CaseActions
{
    public static async Task<Results<Ok<CaseState>, ProblemHttpResult>> Transition(string tenant, string trackingNumber,
        TransitionRequest request, ClaimsPrincipal user, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var (found, problem) = await LoadWorkableAsync(db, tenant, trackingNumber, user, cancellationToken);
        if (found is null)
        {
            return problem!;
        }
        var to = request.To!;
        if (!CaseStatus.CanMove(found.Status, to))
        {
            return CaseProblems.TransitionNotAllowed(found.Status, to);
        }

        var now = services.Clock.GetUtcNow();
        var from = found.Status;
        found.Status = to;
        found.RecordPublicResponse(now);
        if (CaseStatus.IsFinal(to))
        {
            found.ResolvedAt = now;
            found.Outcome = to == CaseStatus.Closed ? request.Outcome : null;
        }
        AddEntry(services, found, now, TimelineKind.StatusChanged, user, internalOnly: false, NullIfBlank(request.PublicMessage));
        if (NullIfBlank(request.InternalNote) is { } note)
        {
            AddEntry(services, found, now, TimelineKind.Note, user, internalOnly: true, note);
        }
        if (to == CaseStatus.Rejected)
        {
            AddEntry(services, found, now, TimelineKind.Note, user, internalOnly: true, $"Alasan penolakan / Reason: {request.Reason!.Trim()}");
        }
        db.AddIntegrationEvent(new CaseStatusChanged
        {
            Tenant = tenant,
            ComplaintId = found.Id,
            TrackingNumber = found.TrackingNumber,
            From = from,
            To = to,
            ActorId = user.SubjectId(),
            ChangedAt = now,
        }, now);
        await services.Audit.AppendAsync(user, tenant, AuditActions.StatusChanged, found.TrackingNumber,
            found.Outcome is { } outcome ? $"{from} -> {to} ({outcome})" : $"{from} -> {to}", cancellationToken);
        return await CommitAsync(db, tx, found, cancellationToken);
    }

    public static async Task<Results<Ok<CaseState>, ProblemHttpResult>> Assign(string tenant, string trackingNumber,
        AssignmentRequest request, HttpContext http, ClaimsPrincipal user, IStaffDirectory directory,
        [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanAssign(user))
        {
            return CaseProblems.Forbidden("Hanya supervisor atau admin yang dapat menugaskan. / Only supervisors or admins assign cases.");
        }
        IReadOnlyList<StaffMember> staff;
        try
        {
            staff = await directory.GetStaffAsync(tenant, http.Authorization(), cancellationToken);
        }
        catch (PeerUnavailableException)
        {
            return CaseProblems.Unavailable("identity");
        }
        var assignee = staff.FirstOrDefault(s => s.Id == request.AssigneeId && !s.Disabled);
        if (assignee is null)
        {
            return CaseProblems.Invalid("assigneeId", "Bukan staf aktif instansi ini. / Not an active staff member of this agency.");
        }

        var db = services.Db;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var (found, problem) = await LoadWorkableAsync(db, tenant, trackingNumber, user, cancellationToken);
        if (found is null)
        {
            return problem!;
        }
        var now = services.Clock.GetUtcNow();
        found.AssigneeId = assignee.Id;
        found.AssigneeName = assignee.Username;
        found.LastUpdateAt = now;
        AddEntry(services, found, now, TimelineKind.Assignment, user, internalOnly: true,
            $"Ditugaskan kepada / Assigned to {assignee.Username}");
        db.AddIntegrationEvent(new CaseAssigned
        {
            Tenant = tenant,
            ComplaintId = found.Id,
            TrackingNumber = found.TrackingNumber,
            AssigneeId = assignee.Id,
            AssignedBy = user.SubjectId(),
            AssignedAt = now,
        }, now);
        await services.Audit.AppendAsync(user, tenant, AuditActions.Assigned, found.TrackingNumber, $"assignee {assignee.Id}", cancellationToken);
        return await CommitAsync(db, tx, found, cancellationToken);
    }

    public static async Task<Results<Created<MessagePosted>, ProblemHttpResult>> PostStaffMessage(string tenant, string trackingNumber,
        MessageRequest request, ClaimsPrincipal user, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var (found, problem) = await LoadWorkableAsync(db, tenant, trackingNumber, user, cancellationToken);
        if (found is null)
        {
            return problem!;
        }
        var now = services.Clock.GetUtcNow();
        var message = new CaseMessage
        {
            Id = Guid.CreateVersion7(),
            CaseId = found.Id,
            Tenant = tenant,
            At = now,
            From = CaseMessage.FromStaff,
            AuthorId = user.SubjectId(),
            AuthorName = StaffAccess.ActorName(user),
            Body = [],
        };
        message.Body = services.Sealer.Seal(request.Body!.Trim(), tenant, message.Id);
        db.Messages.Add(message);
        found.RecordPublicResponse(now);
        db.AddIntegrationEvent(new CaseMessagePosted
        {
            Tenant = tenant,
            ComplaintId = found.Id,
            TrackingNumber = found.TrackingNumber,
            MessageId = message.Id,
            From = CaseMessage.FromStaff,
            AccountId = found.AccountId,
            PostedAt = now,
        }, now);
        await services.Audit.AppendAsync(user, tenant, AuditActions.StaffMessage, found.TrackingNumber, null, cancellationToken);
        var committed = await CommitAsync(db, tx, found, cancellationToken);
        return committed.Result is ProblemHttpResult p
            ? p
            : TypedResults.Created($"/api/{tenant}/cases/{found.TrackingNumber}", new MessagePosted(message.Id, now));
    }

    public static async Task<Results<Created<MessagePosted>, ProblemHttpResult>> PostNote(string tenant, string trackingNumber,
        MessageRequest request, ClaimsPrincipal user, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var (found, problem) = await LoadWorkableAsync(db, tenant, trackingNumber, user, cancellationToken);
        if (found is null)
        {
            return problem!;
        }
        var now = services.Clock.GetUtcNow();
        var entry = AddEntry(services, found, now, TimelineKind.Note, user, internalOnly: true, request.Body!.Trim());
        await services.Audit.AppendAsync(user, tenant, AuditActions.Note, found.TrackingNumber, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/{tenant}/cases/{found.TrackingNumber}", new MessagePosted(entry.Id, now));
    }

    private static async Task<(Case? Found, ProblemHttpResult? Problem)> LoadWorkableAsync(CaseDbContext db, string tenant,
        string trackingNumber, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanWorkCases(user))
        {
            return (null, CaseProblems.Forbidden());
        }
        var found = await db.Cases.SingleOrDefaultAsync(c => c.Tenant == tenant && c.TrackingNumber == trackingNumber, cancellationToken);
        return found is null ? (null, CaseProblems.NotFound())
            : !StaffAccess.CanSee(user, found) ? (null, CaseProblems.NotAssigned())
            : (found, null);
    }

    private static TimelineEntry AddEntry(CaseServices services, Case found, DateTimeOffset now, string kind, ClaimsPrincipal user,
        bool internalOnly, string? text)
    {
        var entry = new TimelineEntry
        {
            Id = Guid.CreateVersion7(),
            CaseId = found.Id,
            Tenant = found.Tenant,
            At = now,
            Kind = kind,
            Status = found.Status,
            Internal = internalOnly,
            ActorId = user.SubjectId(),
            ActorName = StaffAccess.ActorName(user),
        };
        entry.Text = text is null ? null : services.Sealer.Seal(text, found.Tenant, entry.Id);
        services.Db.Timeline.Add(entry);
        return entry;
    }

    private static async Task<Results<Ok<CaseState>, ProblemHttpResult>> CommitAsync(CaseDbContext db,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, Case found, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseProblems.ChangedMeanwhile();
        }
        await tx.CommitAsync(cancellationToken);
        return TypedResults.Ok(new CaseState(found.TrackingNumber, found.Status, CaseStatus.Label(found.Status),
            CaseStatus.AllowedFrom(found.Status), found.AssigneeId is { } id ? new Assignee(id, found.AssigneeName) : null));
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
