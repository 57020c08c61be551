namespace Wbs.EvidenceStorage.Apis;

public static class EvidenceApi
{
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
        if ((await UnattachedUsage.OfAsync(services.Db, tenant.Slug, cancellationToken)).IsFull(services.Options.Value, adding: 1))
        {
            // Refused before a byte of the body is read: a flood costs this tenant's anonymous uploads, nothing else.
            return AcceptedEvidenceAnswer.BudgetFull(http.Response);
        }
        var (outcome, part, limit) = await MultipartUpload.OpenAsync(http.Request, tenant.MaxEvidenceBytes, tenant.MaxMediaBytes, cancellationToken);
        if (outcome == MultipartUpload.Outcome.Ok
            && FileTypeDetector.DetectFromHead(part!.Head.Span, SafeFileName.Extension(SafeFileName.From(part.FileName))) is { } kind
            && MetadataCleaner.CleansForward(kind))
        {
            // Video and audio: cleaned and sealed while they arrive, never spooled.
            var arrived = await services.Acceptor.AcceptArrivingAsync(tenant, kind, part.Head, part.Body, part.FileName, part.ClaimedType, cancellationToken);
            return AcceptedEvidenceAnswer.For(arrived, tenant.Slug, http.Response);
        }
        UploadedPart? upload = null;
        if (outcome == MultipartUpload.Outcome.Ok)
        {
            (outcome, upload, limit) = await MultipartUpload.SpoolAsync(part!, services.Scratch, tenant.MaxEvidenceBytes, tenant.MaxMediaBytes,
                cancellationToken);
        }
        switch (outcome)
        {
            case MultipartUpload.Outcome.NotMultipart: return EvidenceProblems.NotMultipart();
            case MultipartUpload.Outcome.NoBoundary: return EvidenceProblems.NoBoundary();
            case MultipartUpload.Outcome.NoFilePart: return EvidenceProblems.NoFilePart();
            case MultipartUpload.Outcome.TooLarge: return EvidenceProblems.TooLarge(limit);
            case MultipartUpload.Outcome.Empty: return EvidenceProblems.Empty();
        }

        await using var spooled = upload!;
        var accepted = await services.Acceptor.AcceptAsync(tenant, spooled.Content, spooled.FileName, spooled.ClaimedType, cancellationToken);
        return AcceptedEvidenceAnswer.For(accepted, tenant.Slug, http.Response);
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> GetEvidenceContent(
        Guid evidenceId, HttpContext http, [AsParameters] EvidenceServices services, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant();
        var user = http.User;
        if (!user.May(RoleMatrix.ReadContent))
        {
            return EvidenceProblems.Forbidden();
        }
        var file = await services.Db.Evidence.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Tenant == tenant.Slug && e.Id == evidenceId, cancellationToken);
        if (file is null)
        {
            return EvidenceProblems.NotFound();
        }
        if (await CheckCaseAccessAsync(file, http, services, cancellationToken) is { } refusal)
        {
            return refusal;
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
        return TypedResults.File(content, file.ContentType, services.Names.Open(file));
    }

    /// <summary>
    /// Evidence of a case is released only to staff CaseManagement says may see that case (an
    /// investigator only assigned ones); without an answer nothing is released.
    /// </summary>
    private static async Task<ProblemHttpResult?> CheckCaseAccessAsync(EvidenceFile file, HttpContext http, EvidenceServices services,
        CancellationToken cancellationToken)
    {
        if (file.ComplaintId is not { } complaintId)
        {
            return http.User.May(RoleMatrix.SeeAllCases) ? null : EvidenceProblems.UnattachedForInvestigator();
        }
        CaseAccess access;
        try
        {
            access = await services.CaseAccess.CheckAsync(file.Tenant, complaintId, cancellationToken);
        }
        catch (PeerUnavailableException ex)
        {
            services.Logger.LogWarning(ex, "CaseManagement unavailable: evidence {EvidenceId} of tenant {Tenant} not released", file.Id, file.Tenant);
            return EvidenceProblems.CaseManagementUnavailable();
        }
        return access switch
        {
            CaseAccess.Allowed => null,
            CaseAccess.Denied => EvidenceProblems.NotAssigned(),
            _ => EvidenceProblems.NotFound(),
        };
    }
}
