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
    private const string SpreadsheetMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string OdfConfig = "urn:oasis:names:tc:opendocument:xmlns:config:1.0";

    /// <summary>Printer names and the driver settings blob that embeds them (OpenDocument settings.xml).</summary>
    private static readonly HashSet<string> PrinterSettings = ["PrinterName", "PrinterSetup", "PrinterPaperFromSetup", "CurrentDatabaseDataSource"];

    /// <summary>External relationships pointing at a local or network file (templates, links): their paths name the user.</summary>
    private static readonly XmlScrubRules Relationships = new()
    {
        BlankAttributeWhen = a => a.LocalName == "Target" && IsFilePath(a.Value) ? MetadataLabels.FilePaths : null,
    };

    private static bool IsFilePath(string target) =>
        target.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || target.StartsWith(@"\\", StringComparison.Ordinal)
        || (target.Length > 2 && target[1] == ':' && char.IsAsciiLetter(target[0]));

    private static readonly XmlScrubRules OoxmlCore = new()
    {
        DropElements = new Dictionary<(string, string), string>
        {
            [(Dc, "creator")] = MetadataLabels.Creator,
            [(CoreProperties, "lastModifiedBy")] = MetadataLabels.LastModifiedBy,
            [(CoreProperties, "lastPrinted")] = MetadataLabels.Timestamps,
            [(DcTerms, "created")] = MetadataLabels.Timestamps,
            [(DcTerms, "modified")] = MetadataLabels.Timestamps,
        },
    };

    private static readonly XmlScrubRules OoxmlApp = new()
    {
        DropElements = new Dictionary<(string, string), string>
        {
            [(ExtendedProperties, "Company")] = MetadataLabels.Company,
            [(ExtendedProperties, "Manager")] = MetadataLabels.Manager,
            [(ExtendedProperties, "Template")] = MetadataLabels.FilePaths,
            [(ExtendedProperties, "HyperlinkBase")] = MetadataLabels.FilePaths,
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

    /// <summary>Legacy cell comments list their authors once; comments point at them by index, so they are emptied, not dropped.</summary>
    private static readonly XmlScrubRules SpreadsheetComments = new()
    {
        BlankElements = new Dictionary<(string, string), string> { [(SpreadsheetMain, "author")] = MetadataLabels.CommentAuthors },
    };

    /// <summary>Threaded comments' people: names and account ids.</summary>
    private static readonly XmlScrubRules SpreadsheetPersons = new()
    {
        BlankAttributes = new Dictionary<(string, string), string>
        {
            [("", "displayName")] = MetadataLabels.CommentAuthors,
            [("", "userId")] = MetadataLabels.CommentAuthors,
        },
    };

    private static readonly XmlScrubRules OdfMetaPart = new()
    {
        DropElements = new Dictionary<(string, string), string>
        {
            [(OdfMeta, "initial-creator")] = MetadataLabels.InitialCreator,
            [(Dc, "creator")] = MetadataLabels.Creator,
            [(OdfMeta, "printed-by")] = MetadataLabels.PrintedBy,
            [(OdfMeta, "template")] = MetadataLabels.FilePaths,
            [(OdfMeta, "user-defined")] = MetadataLabels.CustomProperties,
            [(OdfMeta, "generator")] = MetadataLabels.Software,
            [(OdfMeta, "creation-date")] = MetadataLabels.Timestamps,
            [(OdfMeta, "print-date")] = MetadataLabels.Timestamps,
            [(Dc, "date")] = MetadataLabels.Timestamps,
        },
    };

    private static readonly XmlScrubRules OdfSettingsPart = new()
    {
        DropWhen = r => r.LocalName == "config-item" && r.NamespaceURI == OdfConfig
            && PrinterSettings.Contains(r.GetAttribute("name", OdfConfig) ?? "") ? MetadataLabels.PrintedBy : null,
    };


    /// <summary>Tracked changes and annotations name their authors with dc:creator.</summary>
    private static readonly XmlScrubRules OdfContentPart = new()
    {
        DropElements = new Dictionary<(string, string), string> { [(Dc, "creator")] = MetadataLabels.RevisionAuthors },
    };

    /// <summary>Parts left out of an Office Open XML package altogether: custom properties and the first-page thumbnail.</summary>
    public static string? DroppedOfficeOpenXmlPart(string entry) =>
        entry.Equals("docProps/custom.xml", StringComparison.OrdinalIgnoreCase) ? MetadataLabels.CustomProperties
        : entry.StartsWith("docProps/thumbnail.", StringComparison.OrdinalIgnoreCase) ? MetadataLabels.Thumbnail
        : null;

    /// <param name="droppedParts">Part name → label of the parts left out; their relationships and content-type overrides go too.</param>
    public static XmlScrubRules? ForOfficeOpenXml(string entry, IReadOnlyDictionary<string, string> droppedParts) => entry switch
    {
        "docProps/core.xml" => OoxmlCore,
        "docProps/app.xml" => OoxmlApp,
        "ppt/commentAuthors.xml" => PresentationCommentAuthors,
        "_rels/.rels" when droppedParts.Count > 0 => new XmlScrubRules
        {
            DropWhen = r => r.LocalName == "Relationship" && r.GetAttribute("TargetMode") != "External"
                ? droppedParts.GetValueOrDefault(PartName(r.GetAttribute("Target"))) : null,
            BlankAttributeWhen = Relationships.BlankAttributeWhen,
        },
        _ when entry.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) => Relationships,
        "[Content_Types].xml" when droppedParts.Count > 0 => new XmlScrubRules
        {
            DropWhen = r => r.LocalName == "Override" ? droppedParts.GetValueOrDefault(PartName(r.GetAttribute("PartName"))) : null,
        },
        _ when entry.StartsWith("word/", StringComparison.Ordinal) && entry.EndsWith(".xml", StringComparison.Ordinal) => WordParts,
        _ when entry.StartsWith("xl/comments", StringComparison.Ordinal) && entry.EndsWith(".xml", StringComparison.Ordinal) => SpreadsheetComments,
        _ when entry.StartsWith("xl/persons/", StringComparison.Ordinal) && entry.EndsWith(".xml", StringComparison.Ordinal) => SpreadsheetPersons,
        _ => null,
    };

    /// <summary>A package-relative reference (<c>/docProps/custom.xml</c>, <c>./docProps/custom.xml</c>) as a zip entry name.</summary>
    private static string PartName(string? reference)
    {
        var name = reference ?? "";
        name = name.StartsWith("./", StringComparison.Ordinal) ? name[2..] : name;
        return name.TrimStart('/');
    }

    /// <remarks>Embedded objects (<c>Object 1/meta.xml</c>: a chart, a formula) have parts of the same names.</remarks>
    public static XmlScrubRules? ForOpenDocument(string entry) => OwnPart(entry) switch
    {
        "meta.xml" => OdfMetaPart,
        "settings.xml" => OdfSettingsPart,
        "content.xml" or "styles.xml" => OdfContentPart,
        _ => null,
    };

    private static string OwnPart(string entry) =>
        entry.StartsWith("Object ", StringComparison.Ordinal) && entry.IndexOf('/') is > 0 and var slash ? entry[(slash + 1)..] : entry;
}
