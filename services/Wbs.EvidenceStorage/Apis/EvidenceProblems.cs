namespace Wbs.EvidenceStorage.Apis;

/// <summary>The problem answers of the evidence endpoints, Indonesian first.</summary>
internal static class EvidenceProblems
{
    public static ProblemHttpResult NotMultipart() => Problem(400,
        "Kirim berkas sebagai multipart/form-data dengan satu bagian 'file'. / Send the file as multipart/form-data with one 'file' part.");

    public static ProblemHttpResult NoFilePart() => Problem(400, "Bagian 'file' wajib ada. / A 'file' part is required.");

    public static ProblemHttpResult Empty() => Problem(400, "Berkas kosong. / The file is empty.");

    public static ProblemHttpResult TooLarge(long limit) => Problem(413,
        $"Berkas melebihi batas {limit / (1024.0 * 1024):0.##} MiB. / The file exceeds the {limit / (1024.0 * 1024):0.##} MiB limit.");

    public static ProblemHttpResult TypeNotAllowed() => Problem(415,
        "Jenis berkas tidak diizinkan. Gunakan PDF, gambar (JPEG, PNG, WebP, GIF), teks, CSV, dokumen Office/OpenDocument, audio, video MP4 atau ZIP. / "
        + "File type not allowed. Use PDF, images (JPEG, PNG, WebP, GIF), text, CSV, Office/OpenDocument documents, audio, MP4 video or ZIP.");

    public static ProblemHttpResult TypeMismatch() => Problem(415,
        "Isi berkas tidak sesuai dengan nama atau jenis yang disebutkan. / The file's content does not match its name or declared type.");

    public static ProblemHttpResult Damaged() => Problem(415,
        "Berkas rusak atau tidak dapat dibaca sebagai jenisnya. / The file is damaged or cannot be read as its type.");

    public static ProblemHttpResult NotFound() => Problem(404, "Bukti tidak ditemukan. / Evidence not found.");

    public static ProblemHttpResult Forbidden() => Problem(403,
        "Peran Anda tidak boleh membuka bukti. / Your role may not open evidence.");

    public static ProblemHttpResult NotAssigned() => Problem(403,
        "Bukti ini milik laporan yang tidak ditugaskan kepada Anda. / This evidence belongs to a case not assigned to you.");

    public static ProblemHttpResult UnattachedForInvestigator() => Problem(403,
        "Bukti yang belum terlampir pada laporan hanya dapat dibuka oleh admin, supervisor atau verifikator. / "
        + "Evidence not attached to a report can only be opened by an admin, supervisor or verifier.");

    public static ProblemHttpResult CaseManagementUnavailable() => Problem(503,
        "Hak akses tidak dapat diperiksa saat ini; coba lagi nanti. / Access cannot be checked right now; try again later.");

    public static ProblemHttpResult IntegrityFailed() => Problem(500,
        "Pemeriksaan integritas berkas gagal; berkas tidak dikirim. / The file failed its integrity check and was not sent.");

    private static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(statusCode: status, detail: detail);
}
