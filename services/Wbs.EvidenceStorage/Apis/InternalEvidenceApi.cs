using Wbs.ServiceDefaults.Problems;

namespace Wbs.EvidenceStorage.Apis;

/// <summary>Service-to-service endpoints (never routed by the gateway): Intake's check and reservation, CaseManagement's attach, names and copy.</summary>
public static class InternalEvidenceApi
{
    public static IEndpointRouteBuilder MapInternalEvidenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/internal/{tenant}/evidence").RequireTenant().WithTags("Evidence (internal)");
        var intake = ServiceIdentity.Services.Intake;

        api.MapPost("/check", CheckEvidence)
            .WithName(nameof(CheckEvidence))
            .RequireServiceCaller(intake)
            .WithValidation<CheckEvidenceRequest>();

        api.MapPost("/reservations", ReserveEvidence)
            .WithName(nameof(ReserveEvidence))
            .RequireServiceCaller(intake)
            .WithValidation<ComplaintEvidenceRequest>();

        api.MapPost("/reservations/release", ReleaseEvidence)
            .WithName(nameof(ReleaseEvidence))
            .RequireServiceCaller(intake)
            .WithValidation<ComplaintEvidenceRequest>();

        api.MapPost("/attach", AttachEvidence)
            .WithName(nameof(AttachEvidence))
            .RequireServiceCaller(ServiceIdentity.Services.CaseManagement)
            .WithValidation<AttachEvidenceRequest>();

        api.MapPost("/names", GetEvidenceNames)
            .WithName(nameof(GetEvidenceNames))
            .RequireServiceCaller(ServiceIdentity.Services.CaseManagement)
            .WithValidation<ComplaintEvidenceRequest>();

        api.MapPost("/copies", CopyEvidence)
            .WithName(nameof(CopyEvidence))
            .RequireServiceCaller(ServiceIdentity.Services.CaseManagement)
            .WithValidation<CopyEvidenceRequest>();

        return app;
    }

    public static async Task<Ok<CheckEvidenceResponse>> CheckEvidence(
        CheckEvidenceRequest request, HttpContext http, [AsParameters] EvidenceServices services, CancellationToken cancellationToken)
    {
        var invalid = await services.Attacher.FindUnattachableAsync(http.Tenant().Slug, request.EvidenceIds ?? [], cancellationToken);
        return TypedResults.Ok(new CheckEvidenceResponse(invalid));
    }

    /// <summary>All or nothing: the answer lists the ids that could not be reserved, and then none was.</summary>
    public static async Task<Ok<CheckEvidenceResponse>> ReserveEvidence(
        ComplaintEvidenceRequest request, HttpContext http, [AsParameters] EvidenceServices services, CancellationToken cancellationToken)
    {
        var invalid = await services.Attacher.ReserveAsync(http.Tenant().Slug, request.ComplaintId, request.EvidenceIds!, cancellationToken);
        return TypedResults.Ok(new CheckEvidenceResponse(invalid));
    }

    public static async Task<NoContent> ReleaseEvidence(
        ComplaintEvidenceRequest request, HttpContext http, [AsParameters] EvidenceServices services, CancellationToken cancellationToken)
    {
        await services.Attacher.ReleaseAsync(http.Tenant().Slug, request.ComplaintId, request.EvidenceIds!, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<AttachEvidenceResponse>, ProblemHttpResult>> AttachEvidence(
        AttachEvidenceRequest request, HttpContext http, [AsParameters] EvidenceServices services, CancellationToken cancellationToken)
    {
        var outcome = await services.Attacher.AttachAsync(http.Tenant().Slug, request.ComplaintId, request.TrackingNumber!.Trim(),
            request.EvidenceIds!, supplement: true, allOrNothing: true, cancellationToken);
        if (outcome.Invalid.Count > 0)
        {
            return Problems.Unprocessable(
                "Sebagian bukti tidak dikenal atau sudah terlampir; tidak ada yang dilampirkan. / "
                    + "Some evidence is unknown or already attached; nothing was attached.",
                new Dictionary<string, string[]>
                {
                    ["evidenceIds"] = [.. outcome.Invalid.Select(id => $"Bukti {id} tidak dapat dilampirkan. / Evidence {id} cannot be attached.")],
                },
                new Dictionary<string, object?> { ["invalid"] = outcome.Invalid });
        }
        return TypedResults.Ok(new AttachEvidenceResponse([.. outcome.Attached.Select(f => new EvidenceSummary(f.Id, f.Size))]));
    }

    /// <summary>The names of those of the listed files that belong to the report; others are left out (a wrong id learns nothing).</summary>
    public static async Task<Ok<EvidenceNamesResponse>> GetEvidenceNames(
        ComplaintEvidenceRequest request, HttpContext http, [AsParameters] EvidenceServices services, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant().Slug;
        var files = await services.Db.Evidence.AsNoTracking()
            .Where(e => e.Tenant == tenant && e.ComplaintId == request.ComplaintId && request.EvidenceIds!.Contains(e.Id))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new EvidenceNamesResponse([.. files.Select(f => new EvidenceName(f.Id, services.Names.Open(f)))]));
    }

    /// <summary>A forwarding to another tenant: the chosen files of the source report, copied to the report opened there.</summary>
    public static async Task<Results<Ok<AttachEvidenceResponse>, ProblemHttpResult>> CopyEvidence(
        CopyEvidenceRequest request, HttpContext http, EvidenceCopier copier, CancellationToken cancellationToken)
    {
        var copies = await copier.CopyAsync(http.Tenant().Slug, request.ComplaintId, request.EvidenceIds!, request.DestinationTenant!,
            request.DestinationComplaintId, request.DestinationTrackingNumber!.Trim(), cancellationToken);
        if (copies is null)
        {
            return Problems.Unprocessable("Sebagian bukti bukan milik laporan ini; tidak ada yang disalin. / "
                + "Some evidence is not this report's; nothing was copied.");
        }
        return TypedResults.Ok(new AttachEvidenceResponse([.. copies.Select(f => new EvidenceSummary(f.Id, f.Size))]));
    }
}
