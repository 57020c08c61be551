namespace Wbs.CaseManagement.Apis;

// Messages to the reporter and internal notes on a case.
public static partial class CaseActions
{
    public static async Task<Results<Created<MessagePosted>, ProblemHttpResult>> PostStaffMessage(string tenant, string trackingNumber,
        MessageRequest request, ClaimsPrincipal user, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        await using var change = await CaseChange.BeginAsync(services, tenant, trackingNumber, user, cancellationToken);
        if (change.Problem is { } problem)
        {
            return problem;
        }
        var (db, found) = (services.Db, change.Case);
        var now = change.Now;
        var message = CaseConversation.Post(db, services.Sealer, found, CaseMessage.FromStaff, request.Body!, now, user);
        found.RecordPublicResponse(now);
        await services.Audit.AppendAsync(user, tenant, AuditActions.StaffMessage, found.TrackingNumber, null, cancellationToken);
        return await change.SaveAsync(cancellationToken) is { } conflict
            ? conflict
            : TypedResults.Created($"/api/{tenant}/cases/{found.TrackingNumber}", new MessagePosted(message.Id, now));
    }

    public static async Task<Results<Created<MessagePosted>, ProblemHttpResult>> PostNote(string tenant, string trackingNumber,
        MessageRequest request, ClaimsPrincipal user, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        await using var change = await CaseChange.BeginAsync(services, tenant, trackingNumber, user, cancellationToken);
        if (change.Problem is { } problem)
        {
            return problem;
        }
        var found = change.Case;
        var now = change.Now;
        var entry = AddEntry(services, found, now, TimelineKind.Note, user, internalOnly: true, request.Body!.Trim());
        await services.Audit.AppendAsync(user, tenant, AuditActions.Note, found.TrackingNumber, null, cancellationToken);
        return await change.SaveAsync(cancellationToken) is { } conflict
            ? conflict
            : TypedResults.Created($"/api/{tenant}/cases/{found.TrackingNumber}", new MessagePosted(entry.Id, now));
    }
}
