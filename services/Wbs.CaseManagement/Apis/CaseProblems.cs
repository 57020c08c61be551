namespace Wbs.CaseManagement.Apis;

/// <summary>The texts of this service's problem answers, built by the one <see cref="Problems"/> factory.</summary>
internal static class CaseProblems
{
    public static ProblemHttpResult NotFound() =>
        Problems.NotFound("Laporan tidak ditemukan. / Report not found.");

    public static ProblemHttpResult Forbidden(string? detail = null) =>
        Problems.Forbidden(detail);

    public static ProblemHttpResult NotAssigned() =>
        Forbidden("Laporan ini tidak ditugaskan kepada Anda. / This case is not assigned to you.");

    public static ProblemHttpResult TransitionNotAllowed(string from, string to) =>
        Problems.Conflict($"Perubahan status dari {from} ke {to} tidak diizinkan. / Moving from {from} to {to} is not allowed.",
            new Dictionary<string, object?> { ["currentStatus"] = from, ["allowed"] = CaseStatus.AllowedFrom(from) });

    public static ProblemHttpResult ChangedMeanwhile() =>
        Problems.Conflict(
            "Laporan diubah oleh orang lain pada saat yang sama; muat ulang dan coba lagi. / The case was changed meanwhile; reload and retry.");

    public static ProblemHttpResult Unavailable(string service) =>
        Problems.Unavailable(
            $"Layanan {service} sedang tidak tersedia; coba lagi nanti. / The {service} service is unavailable; try again later.");

    public static ProblemHttpResult ContentDestroyed() =>
        Problems.Problem(StatusCodes.Status410Gone, 
            "Isi laporan telah dimusnahkan setelah masa retensi. / The report's content was destroyed after its retention period.");

    public static ProblemHttpResult Invalid(string field, string message, object? extension = null) =>
        Problems.Unprocessable(message, new Dictionary<string, string[]> { [field] = [message] },
            new Dictionary<string, object?> { ["invalid"] = extension });
}
