namespace Wbs.EvidenceStorage.Apis;

public static class EvidenceApi
{
    /// <summary>Staff roles that may open evidence; auditors see the audit trail, not content.</summary>
    private static readonly string[] ViewerRoles =
        [WbsClaims.Roles.Admin, WbsClaims.Roles.Supervisor, WbsClaims.Roles.Verifier, WbsClaims.Roles.Investigator];

    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}/evidence").RequireTenant().WithTags("Evidence");

        api.MapPost("/", UploadEvidence)
            .WithName(nameof(UploadEvidence))
            .AllowAnonymous()
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data");

        api.MapGet("/{evidenceId:guid}/content", GetEvidenceContent)
            .WithName(nameof(GetEvidenceContent))
            .RequireAuthorization(WbsPolicies.Staff);

        return app;
    }

    public static async Task<Results<Created<UploadedEvidence>, ProblemHttpResult>> UploadEvidence(
        HttpContext http, [AsParameters] EvidenceServices services, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant();
        var (outcome, part) = await MultipartUpload.ReadAsync(http.Request, services.Scratch, tenant.MaxEvidenceBytes, cancellationToken);
        switch (outcome)
        {
            case MultipartUpload.Outcome.NotMultipart: return EvidenceProblems.NotMultipart();
            case MultipartUpload.Outcome.NoFilePart: return EvidenceProblems.NoFilePart();
            case MultipartUpload.Outcome.TooLarge: return EvidenceProblems.TooLarge(tenant.MaxEvidenceBytes);
            case MultipartUpload.Outcome.Empty: return EvidenceProblems.Empty();
        }

        await using var upload = part!;
        var name = SafeFileName.From(upload.FileName);
        var kind = FileTypeDetector.Detect(upload.Content, SafeFileName.Extension(name));
        if (kind is null)
        {
            return EvidenceProblems.TypeNotAllowed();
        }
        var extension = SafeFileName.Extension(name);
        if ((extension.Length > 0 && !kind.AcceptsExtension(extension)) || !kind.AcceptsClaimedType(upload.ClaimedType))
        {
            return EvidenceProblems.TypeMismatch();
        }
        name = SafeFileName.WithExtension(name, kind);

        await using var cleaned = services.Scratch.Create();
        IReadOnlyList<string> removed;
        try
        {
            removed = MetadataCleaner.Clean(kind, upload.Content, cleaned, tenant.MaxEvidenceBytes);
        }
        catch (InvalidEvidenceException)
        {
            return EvidenceProblems.Damaged();
        }

        var file = await services.Vault.StoreAsync(tenant.Slug, name, kind, cleaned, removed, cancellationToken);
        services.Logger.LogInformation("Stored evidence {EvidenceId} ({Kind}, {Size} bytes) for tenant {Tenant}", file.Id, kind.Name, file.Size, tenant.Slug);
        return TypedResults.Created($"/api/{tenant.Slug}/evidence/{file.Id}/content",
            new UploadedEvidence(file.Id, file.FileName, file.ContentType, file.Size, file.Sha256, file.MetadataRemoved));
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> GetEvidenceContent(
        Guid evidenceId, HttpContext http, [AsParameters] EvidenceServices services, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant();
        var user = http.User;
        if (!user.HasAnyRole(ViewerRoles))
        {
            return EvidenceProblems.Forbidden();
        }
        var file = await services.Db.Evidence.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Tenant == tenant.Slug && e.Id == evidenceId, cancellationToken);
        if (file is null)
        {
            return EvidenceProblems.NotFound();
        }

        Stream content;
        try
        {
            content = await services.Vault.OpenVerifiedAsync(file, cancellationToken);
        }
        catch (EvidenceIntegrityException ex)
        {
            services.Logger.LogError(ex, "Integrity check failed for evidence {EvidenceId} of tenant {Tenant}", file.Id, tenant.Slug);
            return EvidenceProblems.IntegrityFailed();
        }

        // The audit event is committed before a single byte leaves: no unrecorded views.
        var now = services.Clock.GetUtcNow();
        services.Db.AddIntegrationEvent(new EvidenceViewed
        {
            Tenant = tenant.Slug,
            EvidenceId = file.Id,
            ComplaintId = file.ComplaintId,
            ActorId = user.SubjectId() ?? Guid.Empty,
            ActorName = user.Identity?.Name ?? "",
            ViewedAt = now,
        }, now);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(file.Sha256))}:";
        return TypedResults.File(content, file.ContentType, file.FileName);
    }
}
