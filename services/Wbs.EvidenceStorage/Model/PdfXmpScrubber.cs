using System.Text;
using System.Text.RegularExpressions;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Blanks identifying properties of an XMP packet (<c>&lt;rdf:RDF&gt;…&lt;/rdf:RDF&gt;</c>) in place, as
/// element text or as attribute values, replacing each character with a space. The packet is read
/// as Latin-1 (one char per byte), so every replacement keeps the byte length; only whole text runs
/// and attribute values are touched, so UTF-8 stays well-formed.
/// </summary>
internal static partial class PdfXmpScrubber
{
    private const string Properties =
        "dc:creator|dc:contributor|dc:subject|dc:description"
        + "|xmp:CreatorTool|xap:CreatorTool|pdf:Producer|pdf:Keywords|pdf:Author"
        + "|xmpMM:DocumentID|xmpMM:InstanceID|xmpMM:OriginalDocumentID|xapMM:DocumentID|xapMM:InstanceID|xapMM:OriginalDocumentID"
        + "|stRef:documentID|stRef:instanceID|stRef:originalDocumentID|stEvt:instanceID|stEvt:softwareAgent"
        + "|photoshop:AuthorsPosition|photoshop:CaptionWriter";

    /// <summary>An element with content: <c>&lt;dc:creator …&gt;…&lt;/dc:creator&gt;</c> (not self-closing).</summary>
    [GeneratedRegex($@"<(?<name>{Properties})(?=[\s/>])[^>]*(?<!/)>(?<body>.*?)</\k<name>\s*>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ElementForm();

    /// <summary>An attribute: <c>xmp:CreatorTool="…"</c>.</summary>
    [GeneratedRegex($@"(?<=\s)(?<name>{Properties})\s*=\s*(?<q>[""'])(?<value>.*?)\k<q>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AttributeForm();

    /// <summary>Text between tags.</summary>
    [GeneratedRegex("(?<=>)[^<]+", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TextRun();

    /// <exception cref="RegexMatchTimeoutException">A hostile packet would take too long; the caller refuses the file.</exception>
    public static bool Blank(Span<byte> packet)
    {
        var source = Encoding.Latin1.GetString(packet);
        var text = source.ToCharArray();
        var changed = false;
        foreach (Match element in ElementForm().Matches(source))
        {
            var body = element.Groups["body"];
            // The body starts right after a '>', so its leading text run counts as one.
            foreach (Match run in TextRun().Matches(">" + body.Value))
            {
                changed |= Fill(text, body.Index + run.Index - 1, run.Length);
            }
        }
        foreach (Match attribute in AttributeForm().Matches(source))
        {
            var value = attribute.Groups["value"];
            changed |= Fill(text, value.Index, value.Length);
        }
        if (changed)
        {
            Encoding.Latin1.GetBytes(text).CopyTo(packet);
        }
        return changed;
    }

    private static bool Fill(char[] text, int start, int length)
    {
        var changed = false;
        for (var i = start; i < start + length; i++)
        {
            changed |= !char.IsWhiteSpace(text[i]);
            text[i] = ' ';
        }
        return changed;
    }
}
