using Wbs.ServiceDefaults.Problems;

namespace Wbs.EvidenceStorage.Apis;

/// <summary>The texts of the evidence endpoints' problem answers, built by the one <see cref="Problems"/> factory.</summary>
internal static class EvidenceProblems
{
    /// <summary>A body of another media type: 415, as the JSON endpoints answer a body that is not JSON.</summary>
    public static ProblemHttpResult NotMultipart() => Problem(415,
        "Kirim berkas sebagai multipart/form-data dengan satu bagian 'file'. / Send the file as multipart/form-data with one 'file' part.");

    public static ProblemHttpResult NoBoundary() => Problem(400,
        "Header Content-Type multipart/form-data memerlukan boundary yang sah (1–70 karakter). / "
        + "The multipart/form-data Content-Type needs a valid boundary (1–70 characters).");

    public static ProblemHttpResult NoFilePart() => Problem(400, "Bagian 'file' wajib ada. / A 'file' part is required.");

    public static ProblemHttpResult Empty() => Problem(400, "Berkas kosong. / The file is empty.");

    public static ProblemHttpResult TooLarge(long limit) => Problem(413,
        $"Berkas melebihi batas {limit / (1024.0 * 1024):0.##} MB. / The file exceeds the {limit / (1024.0 * 1024):0.##} MB limit.");

    public static ProblemHttpResult TypeNotAllowed() => Problem(415,
        "Jenis berkas tidak diizinkan. Gunakan PDF, gambar (JPEG, PNG, WebP, GIF), teks, CSV, dokumen Office/OpenDocument (.docx, .xlsx, .pptx, .odt, .ods), "
        + "audio (MP3, M4A, WAV) atau video (MP4, MOV, 3GP). / File type not allowed. Use PDF, images (JPEG, PNG, WebP, GIF), text, CSV, "
        + "Office/OpenDocument documents, audio (MP3, M4A, WAV) or video (MP4, MOV, 3GP).");

    /// <summary>A recognised type whose metadata cannot be removed reliably: refused with what to do instead.</summary>
    public static ProblemHttpResult TypeRefused(EvidenceKind kind) => Problem(415, kind.Refusal!);

    public static ProblemHttpResult Refused(string advice) => Problem(422, advice);

    public static ProblemHttpResult CannotClean() => Problem(422,
        "Berkas ini tidak dapat dibersihkan dari metadata dengan aman (strukturnya terlalu rumit atau tidak lazim), jadi tidak disimpan. "
        + "Simpan ulang sebagai PDF atau ambil tangkapan layar, lalu unggah lagi. / This file cannot be cleaned of metadata safely "
        + "(its structure is too complex or unusual), so it was not stored. Save it again as PDF or take a screenshot, and upload again.");

    public static ProblemHttpResult BudgetFull() => Problem(429,
        "Penyimpanan sementara untuk unggahan instansi ini sedang penuh. Coba lagi nanti; bukti yang sudah diunggah tetap aman. / "
        + "Temporary storage for this agency's uploads is full right now. Try again later; evidence already uploaded is safe.");

    public static ProblemHttpResult TypeMismatch() => Problem(415,
        "Isi berkas tidak sesuai dengan nama atau jenis yang disebutkan. / The file's content does not match its name or declared type.");

    public static ProblemHttpResult Damaged() => Problem(422,
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

    public static ProblemHttpResult TusVersion() => Problem(412,
        "Unggahan yang dapat dilanjutkan memerlukan header Tus-Resumable: 1.0.0. / Resumable uploads need the header Tus-Resumable: 1.0.0.");

    public static ProblemHttpResult UploadLengthInvalid() => Problem(400,
        "Header Upload-Length wajib berupa bilangan bulat tanpa tanda; panjang yang ditunda tidak didukung. / "
        + "Upload-Length must be a non-negative integer; a deferred length is not supported.");

    public static ProblemHttpResult UploadMetadataInvalid() => Problem(400,
        "Header Upload-Metadata tidak valid (pasangan kunci dan nilai base64, dipisah koma). / "
        + "Upload-Metadata is not valid (key and base64 value pairs, separated by commas).");

    public static ProblemHttpResult UploadOffsetInvalid() => Problem(400,
        "Header Upload-Offset wajib berupa bilangan bulat tanpa tanda. / Upload-Offset must be a non-negative integer.");

    public static ProblemHttpResult UploadNotFound() => Problem(404,
        "Unggahan tidak ditemukan atau sudah kedaluwarsa; mulai unggah dari awal. / The upload was not found or has expired; start it again.");

    public static ProblemHttpResult UploadOffsetMismatch() => Problem(409,
        "Posisi unggahan tidak cocok; lanjutkan dari Upload-Offset yang dikirim. / The upload offset does not match; resume from the Upload-Offset sent.");

    public static ProblemHttpResult UploadIncomplete() => Problem(409,
        "Unggahan belum lengkap; lanjutkan dari Upload-Offset yang dikirim. / The upload is not complete; resume from the Upload-Offset sent.");

    public static ProblemHttpResult UploadTooLong() => Problem(413,
        "Isi permintaan melebihi sisa panjang unggahan. / The request body is longer than what remains of the upload.");

    public static ProblemHttpResult NotOffsetOctetStream() => Problem(415,
        "Kirim bagian unggahan sebagai application/offset+octet-stream. / Send upload data as application/offset+octet-stream.");

    public static ProblemHttpResult UploadBusy() => Problem(423,
        "Bagian lain dari unggahan ini sedang diterima; coba lagi sebentar lagi. / Another part of this upload is being received; try again shortly.");

    private static ProblemHttpResult Problem(int status, string detail) => Problems.Problem(status, detail);
}
