namespace Wbs.EvidenceStorage.Model;

/// <summary>Which parts of Office Open XML and OpenDocument packages carry people's names, and where.</summary>
public static class OfficeScrubRules
{
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string ExtendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Word2012 = "http://schemas.microsoft.com/office/word/2012/wordml";
    private const string PresentationMain = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private const string OdfMeta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";

    private static readonly XmlScrubRules OoxmlCore = new()
    {
        DropElements = new Dictionary<(string, string), string>
        {
            [(Dc, "creator")] = MetadataLabels.Creator,
            [(CoreProperties, "lastModifiedBy")] = MetadataLabels.LastModifiedBy,
        },
    };

    private static readonly XmlScrubRules OoxmlApp = new()
    {
        DropElements = new Dictionary<(string, string), string>
        {
            [(ExtendedProperties, "Company")] = MetadataLabels.Company,
            [(ExtendedProperties, "Manager")] = MetadataLabels.Manager,
        },
    };

    private static readonly XmlScrubRules WordParts = new()
    {
        BlankAttributes = new Dictionary<(string, string), string>
        {
            [(WordMain, "author")] = MetadataLabels.RevisionAuthors,
            [(WordMain, "initials")] = MetadataLabels.RevisionAuthors,
            [(Word2012, "author")] = MetadataLabels.RevisionAuthors,
            [(Word2012, "userId")] = MetadataLabels.RevisionAuthors,
        },
    };

    private static readonly XmlScrubRules PresentationCommentAuthors = new()
    {
        BlankAttributes = new Dictionary<(string, string), string>
        {
            [("", "name")] = MetadataLabels.RevisionAuthors,
            [("", "initials")] = MetadataLabels.RevisionAuthors,
        },
    };

    private static readonly XmlScrubRules OdfMetaPart = new()
    {
        DropElements = new Dictionary<(string, string), string>
        {
            [(OdfMeta, "initial-creator")] = MetadataLabels.InitialCreator,
            [(Dc, "creator")] = MetadataLabels.Creator,
            [(OdfMeta, "printed-by")] = MetadataLabels.PrintedBy,
        },
    };

    /// <summary>Tracked changes and annotations name their authors with dc:creator.</summary>
    private static readonly XmlScrubRules OdfContentPart = new()
    {
        DropElements = new Dictionary<(string, string), string> { [(Dc, "creator")] = MetadataLabels.RevisionAuthors },
    };

    public static XmlScrubRules? ForOfficeOpenXml(string entry) => entry switch
    {
        "docProps/core.xml" => OoxmlCore,
        "docProps/app.xml" => OoxmlApp,
        "ppt/commentAuthors.xml" => PresentationCommentAuthors,
        _ when entry.StartsWith("word/", StringComparison.Ordinal) && entry.EndsWith(".xml", StringComparison.Ordinal) => WordParts,
        _ => null,
    };

    public static XmlScrubRules? ForOpenDocument(string entry) => entry switch
    {
        "meta.xml" => OdfMetaPart,
        "content.xml" or "styles.xml" => OdfContentPart,
        _ => null,
    };
}
