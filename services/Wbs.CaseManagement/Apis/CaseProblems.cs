namespace Wbs.CaseManagement.Apis;

/// <summary>The problem+json answers of this service (Indonesian first, English second).</summary>
internal static class CaseProblems
{
    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: 404, detail: "Laporan tidak ditemukan. / Report not found.");

    public static ProblemHttpResult Forbidden(string? detail = null) =>
        TypedResults.Problem(statusCode: 403, detail: detail ?? "Anda tidak berwenang untuk ini. / You are not allowed to do this.");

    public static ProblemHttpResult NotAssigned() =>
        Forbidden("Laporan ini tidak ditugaskan kepada Anda. / This case is not assigned to you.");

    public static ProblemHttpResult TransitionNotAllowed(string from, string to) =>
        TypedResults.Problem(statusCode: 409,
            detail: $"Perubahan status dari {from} ke {to} tidak diizinkan. / Moving from {from} to {to} is not allowed.",
            extensions: new Dictionary<string, object?> { ["currentStatus"] = from, ["allowed"] = CaseStatus.AllowedFrom(from) });

    public static ProblemHttpResult ChangedMeanwhile() =>
        TypedResults.Problem(statusCode: 409,
            detail: "Laporan diubah oleh orang lain pada saat yang sama; muat ulang dan coba lagi. / The case was changed meanwhile; reload and retry.");

    public static ProblemHttpResult Unavailable(string service) =>
        TypedResults.Problem(statusCode: 503,
            detail: $"Layanan {service} sedang tidak tersedia; coba lagi nanti. / The {service} service is unavailable; try again later.");

    public static ProblemHttpResult ContentDestroyed() =>
        TypedResults.Problem(statusCode: 410,
            detail: "Isi laporan telah dimusnahkan setelah masa retensi. / The report's content was destroyed after its retention period.");

    public static ProblemHttpResult Invalid(string field, string message, object? extension = null) =>
        TypedResults.Problem(statusCode: 422, detail: message,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
                ["invalid"] = extension,
            });
}
