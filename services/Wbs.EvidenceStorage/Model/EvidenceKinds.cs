namespace Wbs.EvidenceStorage.Model;

/// <summary>The allow-list. Anything the detector does not recognise as one of these is refused.</summary>
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
    public static readonly EvidenceKind Doc = new("doc", "application/msword", [".doc"], []);
    public static readonly EvidenceKind Xls = new("xls", "application/vnd.ms-excel", [".xls"], []);
    public static readonly EvidenceKind Mp3 = new("mp3", "audio/mpeg", [".mp3"], ["audio/mp3"]);
    public static readonly EvidenceKind M4a = new("m4a", "audio/mp4", [".m4a"], ["audio/x-m4a", "audio/m4a"]);
    public static readonly EvidenceKind Mp4 = new("mp4", "video/mp4", [".mp4", ".m4v"], ["video/x-m4v"]);
    public static readonly EvidenceKind Wav = new("wav", "audio/wav", [".wav"], ["audio/x-wav", "audio/wave", "audio/vnd.wave"]);
    public static readonly EvidenceKind Zip = new("zip", "application/zip", [".zip"], ["application/x-zip-compressed", "application/x-zip"]);

    public static readonly IReadOnlyList<EvidenceKind> All =
        [Pdf, Jpeg, Png, WebP, Gif, Text, Csv, Docx, Xlsx, Pptx, Odt, Ods, Doc, Xls, Mp3, M4a, Mp4, Wav, Zip];
}
