namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// The codes of what a cleaner removed, one per kind of identifying data. They are stored with the
/// file; reporters see them as plain words through <see cref="MetadataLabelText"/>.
/// </summary>
public static class MetadataLabels
{
    public const string Exif = "exif";
    public const string Gps = "gps";
    public const string CameraModel = "cameraModel";
    public const string CameraSerial = "cameraSerial";
    public const string Software = "software";
    public const string CaptureTime = "captureTime";
    public const string Xmp = "xmp";
    public const string Iptc = "iptc";
    public const string Comment = "comment";
    public const string ApplicationData = "applicationData";
    public const string Text = "text";
    public const string Time = "time";
    public const string Trailer = "trailingData";
    public const string Creator = "creator";
    public const string LastModifiedBy = "lastModifiedBy";
    public const string InitialCreator = "initialCreator";
    public const string PrintedBy = "printedBy";
    public const string Company = "company";
    public const string Manager = "manager";
    public const string RevisionAuthors = "revisionAuthors";
    public const string Timestamps = "timestamps";
    /// <summary>A PDF's document information dictionary (author, creator, producer, subject, keywords).</summary>
    public const string DocumentInfo = "documentInfo";
    public const string Id3v2 = "id3v2";
    public const string Id3v1 = "id3v1";
    public const string ApeTag = "apeTag";
    /// <summary>A RIFF LIST/INFO chunk (artist, software, creation date, comments).</summary>
    public const string RiffInfo = "riffInfo";
    /// <summary>An Office document's custom properties part (docProps/custom.xml).</summary>
    public const string CustomProperties = "customProperties";
    public const string Thumbnail = "thumbnail";
    public const string CommentAuthors = "commentAuthors";
    /// <summary>Template and linked-file paths (they hold user names, e.g. <c>C:\Users\name\…</c>).</summary>
    public const string FilePaths = "filePaths";
    /// <summary>Pictures inside a document or PDF, cleaned like uploaded pictures.</summary>
    public const string EmbeddedImages = "embeddedImages";
    /// <summary>Documents inside a document (a chart's workbook, a pasted spreadsheet), cleaned like uploaded ones.</summary>
    public const string EmbeddedDocuments = "embeddedDocuments";
    /// <summary>Tags of video and audio files (udta/meta: location, device, encoder, title).</summary>
    public const string MediaTags = "mediaTags";
    /// <summary>Tracks of a video other than picture and sound: timed metadata (location, device motion), timecode, text and subtitles.</summary>
    public const string DataTracks = "dataTracks";
}
