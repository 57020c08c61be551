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
        [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
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
            return BadIdempotencyKey();
        }

        SubmissionOutcome outcome;
        try
        {
            outcome = await submitter.SubmitAsync(http.Tenant(), request, idempotencyKey, http.User.AccountId(), entry: null, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return EvidenceUnavailable();
        }

        return outcome is SubmissionOutcome.Accepted a
            ? TypedResults.Created($"/api/{tenant}/reports/{a.Answer.TrackingNumber}", a.Answer)
            : Refused(outcome);
    }

    public static ValidationProblem BadIdempotencyKey() => Problems.Validation(IdempotencyKey.Header,
        $"Panjang 1–{MaxIdempotencyKeyLength} karakter. / Must be 1–{MaxIdempotencyKeyLength} characters.");

    public static ProblemHttpResult EvidenceUnavailable() => Problems.Unavailable(
        "Layanan bukti sedang tidak tersedia; laporan belum dikirim. Coba lagi sebentar. / Evidence service unavailable; nothing was submitted.");

    /// <summary>The answer to every outcome but <see cref="SubmissionOutcome.Accepted"/>.</summary>
    public static ProblemHttpResult Refused(SubmissionOutcome outcome) => outcome switch
    {
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
