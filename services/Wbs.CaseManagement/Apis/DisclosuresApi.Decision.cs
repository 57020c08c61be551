namespace Wbs.CaseManagement.Apis;

// A custodian's decision, and the reporter's notice when the identity is disclosed.
public static partial class DisclosuresApi
{
    public static async Task<Results<Ok<DisclosureState>, ProblemHttpResult>> DecideDisclosure(string tenant, Guid disclosureId,
        DisclosureDecisionRequest request, ClaimsPrincipal user, [AsParameters] DisclosureServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var disclosure = await db.Disclosures.SingleOrDefaultAsync(d => d.Tenant == tenant && d.Id == disclosureId, cancellationToken);
        if (disclosure is null)
        {
            return DisclosureProblems.NotFound();
        }
        if (!StaffAccess.IsCustodian(user))
        {
            return DisclosureProblems.NotCustodian();
        }
        if (disclosure.RequesterId == user.SubjectId())
        {
            return DisclosureProblems.OwnRequest();
        }
        if (disclosure.Status != DisclosureStatus.Pending)
        {
            return DisclosureProblems.AlreadyDecided(disclosure.Status);
        }

        var now = services.Clock.GetUtcNow();
        var approve = request.Approve!.Value;
        disclosure.Status = approve ? DisclosureStatus.Approved : DisclosureStatus.Denied;
        disclosure.DeciderId = user.SubjectId();
        disclosure.DeciderName = StaffAccess.ActorName(user);
        disclosure.DecidedAt = now;
        disclosure.ExpiresAt = approve ? now + services.Options.Value.DisclosureWindow : null;
        if (request.Note?.Trim() is { Length: > 0 } note)
        {
            disclosure.Note = services.Sealer.Seal(note, tenant, disclosure.Id, Disclosure.NotePurpose);
        }
        if (approve)
        {
            await NotifyReporterAsync(services, disclosure, user, now, cancellationToken);
        }
        await services.Audit.AppendAsync(user, tenant, approve ? AuditActions.DisclosureApproved : AuditActions.DisclosureDenied,
            disclosure.TrackingNumber, $"disclosure={disclosure.Id}", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseProblems.ChangedMeanwhile();
        }
        await tx.CommitAsync(cancellationToken);
        return TypedResults.Ok(State(disclosure));
    }

    /// <summary>
    /// A timeline entry the reporter sees, with the stated reason, and <see cref="IdentityDisclosed"/>
    /// for the inbox. Neither names the requester.
    /// </summary>
    private static async Task NotifyReporterAsync(DisclosureServices services, Disclosure disclosure, ClaimsPrincipal custodian,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await services.Db.Cases.SingleAsync(c => c.Id == disclosure.CaseId, cancellationToken);
        var reason = services.Sealer.Open(disclosure.Reason, disclosure.Tenant, disclosure.Id, Disclosure.ReasonPurpose);
        var entry = new TimelineEntry
        {
            Id = Guid.CreateVersion7(now),
            CaseId = found.Id,
            Tenant = found.Tenant,
            At = now,
            Kind = TimelineKind.IdentityDisclosed,
            Status = found.Status,
            Internal = false,
            ActorId = custodian.SubjectId(),
            ActorName = StaffAccess.ActorName(custodian),
        };
        entry.Text = services.Sealer.Seal(StandardTexts.IdentityDisclosed(reason), found.Tenant, entry.Id);
        services.Db.Timeline.Add(entry);
        found.LastUpdateAt = now;
        services.Db.AddIntegrationEvent(new IdentityDisclosed
        {
            Tenant = found.Tenant,
            ComplaintId = found.Id,
            TrackingNumber = found.TrackingNumber,
            AccountId = found.AccountId,
            DisclosedAt = now,
        }, now);
    }
}
