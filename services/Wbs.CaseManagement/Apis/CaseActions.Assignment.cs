namespace Wbs.CaseManagement.Apis;

// Assigns a case to an active staff member of the agency (supervisors and admins only).
public static partial class CaseActions
{
    public static async Task<Results<Ok<CaseState>, ProblemHttpResult>> Assign(string tenant, string trackingNumber,
        AssignmentRequest request, ClaimsPrincipal user, IStaffDirectory directory,
        [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanAssign(user))
        {
            return CaseProblems.Forbidden("Hanya supervisor atau admin yang dapat menugaskan. / Only supervisors or admins assign cases.");
        }
        IReadOnlyList<StaffMember> staff;
        try
        {
            staff = await directory.GetStaffAsync(tenant, cancellationToken);
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

        await using var change = await CaseChange.BeginAsync(services, tenant, trackingNumber, user, cancellationToken);
        if (change.Problem is { } problem)
        {
            return problem;
        }
        var (db, found) = (services.Db, change.Case);
        var now = change.Now;
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
        return await CommitAsync(change, cancellationToken);
    }
}
