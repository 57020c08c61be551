using Wbs.CaseManagement.Services;

namespace Wbs.CaseManagement.Apis;

// Forwards a case to another body: closes it as forwarded, records what was shared, and for another
// tenant of this platform opens the shared report there under the reporter's same code.
public static partial class CaseActions
{
    public static async Task<Results<Created<ForwardingCreated>, ProblemHttpResult>> Forward(string tenant, string trackingNumber,
        ForwardingRequest request, ClaimsPrincipal user, [AsParameters] CaseServices services, TenantCatalog tenants,
        IEvidenceClient evidence, CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanForward(user))
        {
            return CaseProblems.Forbidden("Hanya supervisor atau admin yang dapat meneruskan laporan. / Only supervisors or admins forward cases.");
        }
        if (ForwardingDestination.Parse(request.To, tenants) is not { } destination || destination.TenantSlug == tenant)
        {
            return CaseProblems.Invalid("to", "Tujuan tidak dikenal atau instansi ini sendiri. / Unknown destination, or this agency itself.");
        }
        // The row is held for the whole forwarding: a second forwarding of the same case waits, then sees it closed.
        await using var change = await CaseChange.BeginAsync(services, tenant, trackingNumber, user, cancellationToken, lockRow: true);
        if (change.Problem is { } problem)
        {
            return problem;
        }
        var (db, found) = (services.Db, change.Case);
        if (!found.IsOpen)
        {
            return CaseProblems.TransitionNotAllowed(found.Status, CaseStatus.Closed);
        }

        var evidenceIds = request.EvidenceIds?.Distinct().ToList() ?? [];
        var known = await db.Evidence.Where(e => e.ComplaintId == found.Id && evidenceIds.Contains(e.EvidenceId))
            .Select(e => e.EvidenceId).ToListAsync(cancellationToken);
        if (evidenceIds.Except(known).ToList() is { Count: > 0 } unknown)
        {
            return CaseProblems.Invalid("evidenceIds", "Bukti ini bukan milik laporan ini. / This evidence is not the case's.", unknown);
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
        if (content is null)
        {
            return CaseProblems.NotFound();
        }
        var redactions = (request.Redactions ?? []).Select(r => new Redaction(r.Field!, r.Text!)).ToList();
        var original = SharedReport.From(content);
        if (Redactor.NotFound(original, redactions) is { Count: > 0 } missing)
        {
            return CaseProblems.Invalid("redactions", "Teks yang disamarkan tidak ada di bagian itu. / The redacted text is not in that field.", missing);
        }

        var now = change.Now;
        var forwarding = new CaseForwarding
        {
            Id = Guid.CreateVersion7(now),
            CaseId = found.Id,
            Tenant = tenant,
            TrackingNumber = found.TrackingNumber,
            Destination = destination.Code,
            EvidenceIds = evidenceIds,
            RedactionCount = redactions.Count,
            CreatedAt = now,
            ActorId = user.SubjectId(),
            ActorName = StaffAccess.ActorName(user),
        };
        if (destination.TenantSlug is { } slug)
        {
            try
            {
                var opened = await services.Content.ForwardAsync(tenant, trackingNumber, forwarding.Id, slug,
                    Redactor.Apply(original, redactions), cancellationToken);
                if (opened is null)
                {
                    return CaseProblems.NotFound();
                }
                forwarding.DestinationTrackingNumber = opened.TrackingNumber;
                if (evidenceIds.Count > 0 && await CopyEvidenceAsync(evidence, tenant, found, evidenceIds, opened, slug, cancellationToken) is { } refused)
                {
                    return refused;
                }
            }
            catch (PeerUnavailableException)
            {
                return CaseProblems.Unavailable("intake");
            }
        }
        forwarding.SealedDetails = services.Sealer.Seal(
            System.Text.Json.JsonSerializer.Serialize(new ForwardingDetails(redactions, NullIfBlank(request.Note))), tenant, forwarding.Id);
        db.Forwardings.Add(forwarding);

        await CloseAsForwardedAsync(services, found, forwarding, destination, user, now, cancellationToken);
        foreach (var r in redactions)
        {
            // The passage itself is never in the audit: only that it was redacted, where, and how long it was.
            await services.Audit.AppendAsync(user, tenant, AuditActions.Redacted, found.TrackingNumber,
                $"{r.Field}: {r.Text.Length} karakter / chars, penerusan / forwarding {forwarding.Id:N}", cancellationToken);
        }
        if (await change.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        services.Logger.LogInformation("Case {TrackingNumber} of {Tenant} forwarded to {Destination}", found.TrackingNumber, tenant, destination.Code);
        return TypedResults.Created($"/api/{tenant}/cases/{found.TrackingNumber}/forwardings/{forwarding.Id}",
            new ForwardingCreated(forwarding.Id, forwarding.DestinationTrackingNumber));
    }

    /// <summary>The chosen files go with the report: EvidenceStorage seals copies for the destination, the case keeps its own.</summary>
    private static async Task<ProblemHttpResult?> CopyEvidenceAsync(IEvidenceClient evidence, string tenant, Case found, List<Guid> evidenceIds,
        ForwardedComplaint destination, string destinationTenant, CancellationToken cancellationToken)
    {
        try
        {
            return await evidence.CopyAsync(tenant, found.Id, evidenceIds, destination, destinationTenant, cancellationToken) is null
                ? CaseProblems.Invalid("evidenceIds", "Bukti ini tidak dapat disalin. / This evidence cannot be copied.", evidenceIds)
                : null;
        }
        catch (PeerUnavailableException)
        {
            return CaseProblems.Unavailable("evidencestorage");
        }
    }

    private static async Task CloseAsForwardedAsync(CaseServices services, Case found, CaseForwarding forwarding,
        ForwardingDestination destination, ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = found.Status;
        found.Status = CaseStatus.Closed;
        found.Outcome = CaseOutcome.Forwarded;
        found.ForwardedTo = destination.Code;
        found.ResolvedAt = now;
        found.RecordPublicResponse(now);
        AddEntry(services, found, now, TimelineKind.StatusChanged, user, internalOnly: false,
            StandardTexts.Forwarded(destination.Name, forwarding.DestinationTrackingNumber));
        services.Db.AddIntegrationEvent(new CaseStatusChanged
        {
            Tenant = found.Tenant,
            ComplaintId = found.Id,
            TrackingNumber = found.TrackingNumber,
            From = from,
            To = CaseStatus.Closed,
            ActorId = user.SubjectId(),
            ChangedAt = now,
        }, now);
        await services.Audit.AppendAsync(user, found.Tenant, AuditActions.Forwarded, found.TrackingNumber,
            $"{from} -> closed (forwarded) ke / to {destination.Code}{(forwarding.DestinationTrackingNumber is { } d ? $" as {d}" : "")}; " +
            $"bukti / evidence {forwarding.EvidenceIds.Count}; penyamaran / redactions {forwarding.RedactionCount}", cancellationToken);
    }
}
