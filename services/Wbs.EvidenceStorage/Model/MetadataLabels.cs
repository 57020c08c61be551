namespace Wbs.EvidenceStorage.Model;

/// <summary>The names <c>metadataRemoved</c> reports, one per kind of identifying data dropped.</summary>
public static class MetadataLabels
{
    public const string Exif = "exif";
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
}
