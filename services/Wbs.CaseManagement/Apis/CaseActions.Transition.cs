namespace Wbs.CaseManagement.Apis;

// Moves a case to another status, with its public message, internal note and rejection reason.
public static partial class CaseActions
{
    public static async Task<Results<Ok<CaseState>, ProblemHttpResult>> Transition(string tenant, string trackingNumber,
        TransitionRequest request, ClaimsPrincipal user, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        await using var change = await CaseChange.BeginAsync(services, tenant, trackingNumber, user, cancellationToken);
        if (change.Problem is { } problem)
        {
            return problem;
        }
        var (db, found) = (services.Db, change.Case);
        var to = request.To!;
        if (!CaseStatus.CanMove(found.Status, to))
        {
            return CaseProblems.TransitionNotAllowed(found.Status, to);
        }

        var now = change.Now;
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
        return await CommitAsync(change, cancellationToken);
    }
}
