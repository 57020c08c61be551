namespace Wbs.CaseManagement.Apis;

// Moves a case to another status, with its public message, internal note and rejection reason.
public static partial class CaseActions
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
}
