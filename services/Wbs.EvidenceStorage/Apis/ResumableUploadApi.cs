using System.Globalization;

namespace Wbs.EvidenceStorage.Apis;

/// <summary>
/// Resumable evidence uploads (tus 1.0.0: core, creation, termination, expiration; see <see cref="Tus"/>),
/// for phone videos over connections that drop. Once every byte is in, the file goes through the same
/// <see cref="EvidenceAcceptor"/> as a one-shot upload and the last PATCH answers as <c>POST /evidence</c> does.
/// </summary>
public static class ResumableUploadApi
{
    public static IEndpointRouteBuilder MapResumableUploadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}/evidence/uploads").RequireTenant().WithTags("Evidence")
            .AllowAnonymous()
            .DisableAntiforgery()
            .AddEndpointFilter(Tus.RequireVersion);

        api.MapMethods("/", [HttpMethods.Options], DescribeUploads).WithName(nameof(DescribeUploads));
        api.MapPost("/", CreateUpload).WithName(nameof(CreateUpload));
        api.MapMethods("/{uploadId}", [HttpMethods.Head], GetUploadOffset).WithName(nameof(GetUploadOffset));
        api.MapPatch("/{uploadId}", AppendToUpload).WithName(nameof(AppendToUpload));
        api.MapGet("/{uploadId}", GetUploadResult).WithName(nameof(GetUploadResult));
        api.MapDelete("/{uploadId}", DeleteUpload).WithName(nameof(DeleteUpload));
        return app;
    }

    public static NoContent DescribeUploads(HttpContext http)
    {
        var tenant = http.Tenant();
        var headers = http.Response.Headers;
        headers["Tus-Version"] = Tus.Version;
        headers["Tus-Extension"] = Tus.Extensions;
        headers["Tus-Max-Size"] = MaxLength(tenant).ToString(CultureInfo.InvariantCulture);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created, ProblemHttpResult>> CreateUpload(
        HttpContext http, EvidenceDbContext db, [AsParameters] ResumableUploadServices services, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant();
        if (!Tus.TryReadLength(http.Request, out var length))
        {
            return EvidenceProblems.UploadLengthInvalid();
        }
        if (length == 0)
        {
            return EvidenceProblems.Empty();
        }
        if (length > MaxLength(tenant))
        {
            return EvidenceProblems.TooLarge(MaxLength(tenant));
        }
        if (!Tus.TryReadMetadata(http.Request, out var fileName, out var fileType))
        {
            return EvidenceProblems.UploadMetadataInvalid();
        }
        var stored = await UnattachedUsage.OfAsync(db, tenant.Slug, cancellationToken);
        if (services.Uploads.TryStart(tenant.Slug, length, fileName, fileType, stored, services.Scratch.Create) is not { } upload)
        {
            return AcceptedEvidenceAnswer.BudgetFull(http.Response);
        }
        Tus.WriteExpires(http.Response, services.Uploads.ExpiresAt(upload));
        return TypedResults.Created($"/api/{tenant.Slug}/evidence/uploads/{upload.Id}");
    }

    public static Results<Ok, ProblemHttpResult> GetUploadOffset(string uploadId, HttpContext http, [AsParameters] ResumableUploadServices services)
    {
        if (services.Uploads.Find(http.Tenant().Slug, uploadId) is not { } upload)
        {
            return EvidenceProblems.UploadNotFound();
        }
        Tus.WriteOffset(http.Response, upload.Offset);
        http.Response.Headers["Upload-Length"] = upload.Length.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        Tus.WriteExpires(http.Response, services.Uploads.ExpiresAt(upload));
        return TypedResults.Ok();
    }

    public static async Task<Results<Created<UploadedEvidence>, NoContent, ProblemHttpResult>> AppendToUpload(
        string uploadId, HttpContext http, [AsParameters] ResumableUploadServices services)
    {
        var tenant = http.Tenant();
        if (!Tus.IsOffsetOctetStream(http.Request.ContentType))
        {
            return EvidenceProblems.NotOffsetOctetStream();
        }
        if (services.Uploads.Find(tenant.Slug, uploadId) is not { } upload)
        {
            return EvidenceProblems.UploadNotFound();
        }
        if (!Tus.TryReadOffset(http.Request, out var offset))
        {
            return EvidenceProblems.UploadOffsetInvalid();
        }
        if (!upload.TryEnter())
        {
            return EvidenceProblems.UploadBusy();
        }
        try
        {
            // Deleted or expired between the lookup and now.
            if (upload.Dropped.IsCancellationRequested)
            {
                return EvidenceProblems.UploadNotFound();
            }
            Tus.WriteOffset(http.Response, upload.Offset);
            if (offset != upload.Offset)
            {
                return EvidenceProblems.UploadOffsetMismatch();
            }
            // A client that lost the answer of the last PATCH may send it again (nothing left to send): it gets that answer.
            if (upload.Completion is null)
            {
                switch (await ResumableUploadBody.ReceiveAsync(http.Request, upload, tenant.MaxEvidenceBytes, services.Clock))
                {
                    case ResumableUploadBody.Outcome.TooLong:
                        return EvidenceProblems.UploadTooLong();
                    case ResumableUploadBody.Outcome.NotMedia:
                        await services.Uploads.DropHeldAsync(upload);
                        return EvidenceProblems.TooLarge(tenant.MaxEvidenceBytes);
                    case ResumableUploadBody.Outcome.Interrupted when upload.Dropped.IsCancellationRequested:
                        return EvidenceProblems.UploadNotFound();
                }
                Tus.WriteOffset(http.Response, upload.Offset);
                Tus.WriteExpires(http.Response, services.Uploads.ExpiresAt(upload));
                if (upload.Offset < upload.Length)
                {
                    return TypedResults.NoContent();
                }
            }
            return await AnswerAsync(upload, tenant, services.Uploads, http.Response) switch
            {
                { Result: Created<UploadedEvidence> created } => created,
                { Result: ProblemHttpResult problem } => problem,
                var other => throw new InvalidOperationException($"Unexpected answer {other.Result?.GetType().Name}."),
            };
        }
        finally
        {
            upload.Exit();
        }
    }

    public static async Task<Results<Created<UploadedEvidence>, ProblemHttpResult>> GetUploadResult(
        string uploadId, HttpContext http, [AsParameters] ResumableUploadServices services)
    {
        var tenant = http.Tenant();
        if (services.Uploads.Find(tenant.Slug, uploadId) is not { } upload)
        {
            return EvidenceProblems.UploadNotFound();
        }
        if (upload.Completion is null && upload.Offset == upload.Length)
        {
            // Every byte is here, but the PATCH that brought the last ones may not have started the acceptance yet;
            // it has once it lets go of the upload.
            await upload.EnterAsync(http.RequestAborted);
            upload.Exit();
        }
        Tus.WriteOffset(http.Response, upload.Offset);
        if (upload.Completion is null)
        {
            return EvidenceProblems.UploadIncomplete();
        }
        return await AnswerAsync(upload, tenant, services.Uploads, http.Response);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteUpload(
        string uploadId, HttpContext http, [AsParameters] ResumableUploadServices services) =>
        await services.Uploads.DropAsync(http.Tenant().Slug, uploadId) ? TypedResults.NoContent() : EvidenceProblems.UploadNotFound();

    /// <summary>The answer of the completed upload, waiting for its acceptance (and starting it if this is the first to ask).</summary>
    private static async Task<Results<Created<UploadedEvidence>, ProblemHttpResult>> AnswerAsync(ResumableUpload upload, TenantProfile tenant,
        ResumableUploads uploads, HttpResponse response)
    {
        AcceptOutcome outcome;
        try
        {
            outcome = await uploads.CompletionOf(upload, tenant);
        }
        catch (OperationCanceledException) when (upload.Dropped.IsCancellationRequested)
        {
            return EvidenceProblems.UploadNotFound();
        }
        Tus.WriteOffset(response, upload.Offset);
        return AcceptedEvidenceAnswer.For(outcome, tenant.Slug, response);
    }

    private static long MaxLength(TenantProfile tenant) => Math.Max(tenant.MaxMediaBytes, tenant.MaxEvidenceBytes);
}
