namespace Wbs.EvidenceStorage.Model;

/// <summary>What a reporter reads for each <see cref="MetadataLabels"/> code: plain words, Indonesian and English.</summary>
public static class MetadataLabelText
{
    private static readonly Dictionary<string, (string Id, string En)> Texts = new(StringComparer.Ordinal)
    {
        [MetadataLabels.Exif] = ("data EXIF foto", "photo EXIF data"),
        [MetadataLabels.Gps] = ("lokasi GPS", "GPS location"),
        [MetadataLabels.CameraModel] = ("merek dan model kamera", "camera make and model"),
        [MetadataLabels.CameraSerial] = ("nomor seri kamera", "camera serial number"),
        [MetadataLabels.Software] = ("nama aplikasi pembuat", "creating software"),
        [MetadataLabels.CaptureTime] = ("waktu pengambilan", "time taken"),
        [MetadataLabels.Xmp] = ("data XMP (penulis, aplikasi, riwayat)", "XMP data (author, software, history)"),
        [MetadataLabels.Iptc] = ("keterangan IPTC (pembuat, lokasi)", "IPTC captions (creator, place)"),
        [MetadataLabels.Comment] = ("komentar tersembunyi", "hidden comments"),
        [MetadataLabels.ApplicationData] = ("data aplikasi tersembunyi", "hidden application data"),
        [MetadataLabels.Text] = ("teks tersembunyi (penulis, keterangan)", "hidden text (author, description)"),
        [MetadataLabels.Time] = ("waktu penyimpanan", "time saved"),
        [MetadataLabels.Trailer] = ("data tambahan di akhir berkas", "extra data after the end of the file"),
        [MetadataLabels.Creator] = ("nama penulis", "author name"),
        [MetadataLabels.LastModifiedBy] = ("nama pengubah terakhir", "last modified by"),
        [MetadataLabels.InitialCreator] = ("nama pembuat awal", "original author"),
        [MetadataLabels.PrintedBy] = ("nama pencetak", "printed by"),
        [MetadataLabels.Company] = ("nama instansi/perusahaan", "company name"),
        [MetadataLabels.Manager] = ("nama atasan", "manager name"),
        [MetadataLabels.RevisionAuthors] = ("nama penulis revisi dan komentar", "revision and comment authors"),
        [MetadataLabels.Timestamps] = ("waktu pembuatan dan pengubahan", "creation and modification times"),
        [MetadataLabels.DocumentInfo] = ("penulis dan aplikasi pembuat PDF", "PDF author and creating software"),
        [MetadataLabels.Id3v2] = ("tag audio (judul, artis, komentar)", "audio tags (title, artist, comments)"),
        [MetadataLabels.Id3v1] = ("tag audio lama", "legacy audio tags"),
        [MetadataLabels.ApeTag] = ("tag audio APE", "APE audio tags"),
        [MetadataLabels.RiffInfo] = ("keterangan rekaman (artis, aplikasi, tanggal)", "recording info (artist, software, date)"),
        [MetadataLabels.CustomProperties] = ("properti khusus dokumen", "custom document properties"),
        [MetadataLabels.Thumbnail] = ("gambar pratinjau", "preview thumbnail"),
        [MetadataLabels.CommentAuthors] = ("nama penulis komentar", "comment authors"),
        [MetadataLabels.FilePaths] = ("jalur templat dan berkas (nama pengguna komputer)", "template and file paths (computer user name)"),
        [MetadataLabels.EmbeddedImages] = ("metadata gambar di dalam dokumen", "metadata of pictures inside the document"),
        [MetadataLabels.EmbeddedDocuments] = ("metadata dokumen di dalam dokumen (misalnya lembar kerja grafik)", "metadata of documents inside the document (e.g. a chart's spreadsheet)"),
        [MetadataLabels.MediaTags] = ("tag video/audio (lokasi, perangkat, judul)", "video/audio tags (location, device, title)"),
        [MetadataLabels.DataTracks] = ("jalur data tersembunyi dalam video (lokasi, kode waktu, teks)", "hidden data tracks in the video (location, timecode, text)"),
    };

    public static IReadOnlyList<string> Indonesian(IEnumerable<string> codes) =>
        [.. codes.Select(c => Texts.TryGetValue(c, out var t) ? t.Id : c).Distinct()];

    public static IReadOnlyList<string> English(IEnumerable<string> codes) =>
        [.. codes.Select(c => Texts.TryGetValue(c, out var t) ? t.En : c).Distinct()];
}
