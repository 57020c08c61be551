namespace Wbs.Intake.Apis;

public static class ComplaintsApi
{
    public const int MaxIdempotencyKeyLength = 200;

    public static IEndpointRouteBuilder MapComplaintsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}").RequireTenant().WithTags("Complaints");
        api.MapPost("/complaints", SubmitComplaint)
            .WithName("SubmitComplaint")
            .WithValidation<ComplaintRequest>()
            .AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Anonymous by design. With an account token the report is linked to that account; any other
    /// valid token is ignored, and a token that does not validate is refused rather than ignored.
    /// </summary>
    public static async Task<Results<Created<ComplaintCreated>, ProblemHttpResult, ValidationProblem>> SubmitComplaint(
        string tenant,
        ComplaintRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http,
        ComplaintSubmitter submitter,
        CancellationToken cancellationToken)
    {
        if (http.Request.Headers.Authorization.Count > 0 && http.User.Identity?.IsAuthenticated != true)
        {
            return Problems.Unauthorized();
        }
        if (idempotencyKey is { Length: 0 or > MaxIdempotencyKeyLength })
        {
            return Problems.Validation("Idempotency-Key",
                $"Panjang 1–{MaxIdempotencyKeyLength} karakter. / Must be 1–{MaxIdempotencyKeyLength} characters.");
        }

        SubmissionOutcome outcome;
        try
        {
            outcome = await submitter.SubmitAsync(http.Tenant(), request, idempotencyKey, http.User.AccountId(), cancellationToken);
        }
        catch (HttpRequestException)
        {
            return Problems.Unavailable(
                "Layanan bukti sedang tidak tersedia; laporan belum dikirim. Coba lagi sebentar. / Evidence service unavailable; nothing was submitted.");
        }

        return outcome switch
        {
            SubmissionOutcome.Accepted a => TypedResults.Created($"/api/{tenant}/reports/{a.Answer.TrackingNumber}", a.Answer),
            SubmissionOutcome.InvalidEvidence e => Problems.Unprocessable(
                "Sebagian bukti tidak dapat dilampirkan. / Some evidence cannot be attached.",
                new Dictionary<string, string[]>
                {
                    ["evidenceIds"] = e.EvidenceIds.Select(id => $"{id}: tidak dikenal, milik instansi lain, atau sudah terlampir. / unknown, of another agency, or already attached.").ToArray(),
                }),
            SubmissionOutcome.KeyReused => Problems.Unprocessable(
                "Idempotency-Key ini sudah dipakai untuk isi laporan yang berbeda. / This Idempotency-Key was used for a different report."),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }
}
