namespace Wbs.CaseManagement.Apis;

/// <summary>The problem+json answers of identity disclosures (Indonesian first, English second).</summary>
internal static class DisclosureProblems
{
    public static ProblemHttpResult NotFound() =>
        Problems.NotFound("Permintaan pengungkapan tidak ditemukan. / Disclosure request not found.");

    public static ProblemHttpResult NoSealedIdentity() =>
        Problems.Conflict(
            "Pelapor tidak menitipkan identitas pada laporan ini. / The reporter left no sealed identity on this report.");

    public static ProblemHttpResult AlreadyPending() =>
        Problems.Conflict(
            "Permintaan Anda untuk laporan ini masih menunggu keputusan. / Your request for this report is still pending.");

    public static ProblemHttpResult NotCustodian() =>
        CaseProblems.Forbidden("Hanya kustodian identitas yang memutuskan pengungkapan. / Only an identity custodian decides disclosures.");

    public static ProblemHttpResult OwnRequest() =>
        CaseProblems.Forbidden("Peminta tidak boleh memutuskan permintaannya sendiri. / The requester cannot decide their own request.");

    public static ProblemHttpResult AlreadyDecided(string status) =>
        Problems.Conflict(
            $"Permintaan ini sudah diputuskan ({DisclosureStatus.Label(status)}). / This request was already decided ({status}).",
            new Dictionary<string, object?> { ["currentStatus"] = status });
}
