using System.Text.Json;
using Wbs.CaseManagement.Services;

namespace Wbs.CaseManagement.Apis;

/// <summary>
/// Forwarding a case to another body, and the signed package staff hand over: redacted report,
/// chosen evidence and cover letter. The signing key's public half is public: recipients verify with it.
/// </summary>
public static class ForwardingsApi
{
    public static IEndpointRouteBuilder MapForwardingsApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/{tenant}/cases/{trackingNumber}/forwardings")
            .RequireAuthorization(WbsPolicies.Staff)
            .RequireTenant()
            .WithTags("Forwardings");
        cases.MapPost("/", CaseActions.Forward).WithName("ForwardCase").WithValidation<ForwardingRequest>()
            .WithSummary("Forward the case (supervisor, admin): closes it as forwarded; to tenant:<slug> it opens there under the same code.");
        cases.MapGet("/", ListForwardings).WithName("ListForwardings");
        cases.MapGet("/{forwardingId:guid}/package", GetPackage).WithName("GetForwardingPackage")
            .WithSummary("The signed ZIP: laporan.json, surat-pengantar.txt, bukti/…, manifest.json (SHA-256 of each file), manifest.sig (ES256 over manifest.json).")
            .Produces(200, contentType: "application/zip");

        app.MapGroup("/api/{tenant}/forwardings").RequireTenant().WithTags("Forwardings")
            .MapGet("/signing-key", GetSigningKey).WithName("GetForwardingSigningKey").AllowAnonymous();
        return app;
    }

    public static async Task<Results<Ok<List<ForwardingItem>>, ProblemHttpResult>> ListForwardings(string tenant, string trackingNumber,
        ClaimsPrincipal user, CaseDbContext db, TenantCatalog tenants, CancellationToken cancellationToken)
    {
        var (found, problem) = await CaseActions.LoadWorkableAsync(db, tenant, trackingNumber, user, cancellationToken);
        if (found is null)
        {
            return problem!;
        }
        var rows = await db.Forwardings.AsNoTracking().Where(f => f.CaseId == found.Id).OrderBy(f => f.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(f => new ForwardingItem(f.Id, f.Destination, ForwardingDestination.NameOf(f.Destination, tenants),
            f.DestinationTrackingNumber, f.EvidenceIds, f.RedactionCount, f.CreatedAt, f.ActorName,
            $"/api/{tenant}/cases/{trackingNumber}/forwardings/{f.Id}/package")).ToList());
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPackage(string tenant, string trackingNumber,
        Guid forwardingId, HttpContext http, ClaimsPrincipal user, [AsParameters] CaseServices services, TenantCatalog tenants,
        ForwardingPackager packager, PackageSigner signer, IEvidenceClient evidenceClient, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var (found, problem) = await CaseActions.LoadWorkableAsync(db, tenant, trackingNumber, user, cancellationToken);
        if (found is null)
        {
            return problem!;
        }
        var forwarding = await db.Forwardings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == forwardingId && f.CaseId == found.Id, cancellationToken);
        if (forwarding is null)
        {
            return Problems.NotFound("Penerusan tidak ditemukan. / Forwarding not found.");
        }
        if (!signer.IsConfigured)
        {
            return Problems.Unavailable(
                "Kunci penandatangan belum dipasang (Forwarding:SigningKey). / No signing key is configured (Forwarding:SigningKey).");
        }
        if (found.ContentDestroyedAt is not null || forwarding.SealedDetails is null)
        {
            return CaseProblems.ContentDestroyed();
        }

        ComplaintContentResponse? content;
        var evidence = new List<ForwardingPackager.Evidence>();
        try
        {
            content = await services.Content.GetComplaintAsync(tenant, trackingNumber, cancellationToken);
            var names = await evidenceClient.GetNamesAsync(tenant, found.Id, forwarding.EvidenceIds, cancellationToken);
            foreach (var id in forwarding.EvidenceIds)
            {
                evidence.Add(new(id, names.GetValueOrDefault(id, "berkas"),
                    await evidenceClient.GetContentAsync(tenant, id, cancellationToken)));
            }
        }
        catch (PeerUnavailableException ex)
        {
            return CaseProblems.Unavailable(ex.Service);
        }
        if (content is null)
        {
            return CaseProblems.ContentDestroyed();
        }

        var details = JsonSerializer.Deserialize<ForwardingDetails>(services.Sealer.Open(forwarding.SealedDetails, tenant, forwarding.Id))!;
        var report = Redactor.Apply(SharedReport.From(content), details.Redactions);
        var bytes = packager.Build(forwarding, found, http.Tenant(), ForwardingDestination.NameOf(forwarding.Destination, tenants), report,
            details.Note, evidence);

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await services.Audit.AppendAsync(user, tenant, AuditActions.PackageExported, found.TrackingNumber,
            $"penerusan / forwarding {forwarding.Id:N} ke / to {forwarding.Destination}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return TypedResults.File(bytes, "application/zip", $"penerusan-{found.TrackingNumber}.zip");
    }

    public static Results<Ok<SigningKeyResponse>, ProblemHttpResult> GetSigningKey(PackageSigner signer) =>
        signer.IsConfigured
            ? TypedResults.Ok(new SigningKeyResponse(PackageSigner.Algorithm, signer.KeyId, signer.PublicKeyPem))
            : Problems.Unavailable("Kunci penandatangan belum dipasang. / No signing key is configured.");
}
