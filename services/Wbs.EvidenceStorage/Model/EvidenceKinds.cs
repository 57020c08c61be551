namespace Wbs.EvidenceStorage.Model;

/// <summary>The allow-list, and the recognised types refused with advice. Anything else is refused too.</summary>
public static class EvidenceKinds
{
    public static readonly EvidenceKind Pdf = new("pdf", "application/pdf", [".pdf"], ["application/x-pdf"]);
    public static readonly EvidenceKind Jpeg = new("jpeg", "image/jpeg", [".jpg", ".jpeg", ".jpe", ".jfif"], ["image/jpg", "image/pjpeg"]);
    public static readonly EvidenceKind Png = new("png", "image/png", [".png"], ["image/x-png"]);
    public static readonly EvidenceKind WebP = new("webp", "image/webp", [".webp"], []);
    public static readonly EvidenceKind Gif = new("gif", "image/gif", [".gif"], []);
    public static readonly EvidenceKind Text = new("text", "text/plain; charset=utf-8", [".txt", ".text", ".log", ".md"], ["text/plain", "text/markdown"]);
    public static readonly EvidenceKind Csv = new("csv", "text/csv; charset=utf-8", [".csv"], ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"]);
    public static readonly EvidenceKind Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], []);
    public static readonly EvidenceKind Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], []);
    public static readonly EvidenceKind Pptx = new("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"], []);
    public static readonly EvidenceKind Odt = new("odt", "application/vnd.oasis.opendocument.text", [".odt"], []);
    public static readonly EvidenceKind Ods = new("ods", "application/vnd.oasis.opendocument.spreadsheet", [".ods"], []);
    public static readonly EvidenceKind Mp3 = new("mp3", "audio/mpeg", [".mp3"], ["audio/mp3"]);
    public static readonly EvidenceKind M4a = new("m4a", "audio/mp4", [".m4a"], ["audio/x-m4a", "audio/m4a"]) { IsIsoMedia = true };
    public static readonly EvidenceKind Mp4 = new("mp4", "video/mp4", [".mp4", ".m4v"], ["video/x-m4v"]) { IsIsoMedia = true };
    public static readonly EvidenceKind Mov = new("mov", "video/quicktime", [".mov", ".qt"], []) { IsIsoMedia = true };
    public static readonly EvidenceKind ThreeGp = new("3gp", "video/3gpp", [".3gp", ".3gpp", ".3g2"], ["audio/3gpp", "video/3gpp2", "audio/3gpp2"]) { IsIsoMedia = true };
    public static readonly EvidenceKind Wav = new("wav", "audio/wav", [".wav"], ["audio/x-wav", "audio/wave", "audio/vnd.wave"]);
    public static readonly EvidenceKind Ogg = new("ogg", "audio/ogg", [".ogg", ".opus", ".oga"], ["audio/opus", "audio/x-opus+ogg", "audio/vorbis"]);

    public static readonly EvidenceKind Doc = new("doc", "application/msword", [".doc"], [])
    {
        Refusal = "Dokumen Word lama (.doc) dapat menyimpan nama penulis dan jalur berkas yang tidak dapat dihapus dengan andal. "
            + "Simpan sebagai PDF atau .docx lalu unggah lagi. / Legacy Word files (.doc) can hold author names and file paths "
            + "that cannot be removed reliably. Save as PDF or .docx and upload again.",
    };

    public static readonly EvidenceKind Xls = new("xls", "application/vnd.ms-excel", [".xls"], [])
    {
        Refusal = "Lembar kerja Excel lama (.xls) dapat menyimpan nama penulis yang tidak dapat dihapus dengan andal. "
            + "Simpan sebagai .xlsx, CSV atau PDF lalu unggah lagi. / Legacy Excel files (.xls) can hold author names that "
            + "cannot be removed reliably. Save as .xlsx, CSV or PDF and upload again.",
    };

    public static readonly EvidenceKind Zip = new("zip", "application/zip", [".zip"], ["application/x-zip-compressed", "application/x-zip"])
    {
        Refusal = "Arsip ZIP tidak diterima: isinya tidak dapat diperiksa dan dibersihkan satu per satu. Unggah setiap berkas "
            + "secara terpisah. / ZIP archives are not accepted: their contents cannot be checked and cleaned one by one. "
            + "Upload each file separately.",
    };

    public static readonly EvidenceKind Heic = new("heic", "image/heic", [".heic", ".heif"], ["image/heif"])
    {
        Refusal = "Foto HEIC/HEIF (iPhone) dapat menyimpan lokasi GPS yang belum dapat dihapus dengan andal. Kirim sebagai JPEG: "
            + "di iPhone pilih Pengaturan › Kamera › Format › Paling Kompatibel, atau bagikan foto lewat \"Simpan sebagai JPEG\". / "
            + "HEIC/HEIF photos (iPhone) can hold a GPS location that cannot yet be removed reliably. Send a JPEG instead "
            + "(Settings › Camera › Formats › Most Compatible).",
    };

    public static readonly IReadOnlyList<EvidenceKind> All =
        [Pdf, Jpeg, Png, WebP, Gif, Text, Csv, Docx, Xlsx, Pptx, Odt, Ods, Mp3, M4a, Mp4, Mov, ThreeGp, Wav, Doc, Xls, Zip, Heic, Ogg];
}
