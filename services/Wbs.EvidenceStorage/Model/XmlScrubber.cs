using System.Xml;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Streams an XML part from reader to writer node by node, leaving out the elements and blanking
/// the attribute values the rules name. DTDs are refused (no entity expansion, no external fetches).
/// </summary>
public static class XmlScrubber
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
        CloseInput = false,
    };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new System.Text.UTF8Encoding(false),
        OmitXmlDeclaration = true,
        Indent = false,
        NewLineHandling = NewLineHandling.None,
        CloseOutput = false,
    };

    public static void Scrub(Stream input, Stream output, XmlScrubRules rules, ISet<string> removed)
    {
        try
        {
            using var reader = XmlReader.Create(input, ReaderSettings);
            using var writer = XmlWriter.Create(output, WriterSettings);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element
                    && (rules.DropElements.GetValueOrDefault((reader.NamespaceURI, reader.LocalName)) ?? rules.DropWhen?.Invoke(reader)) is { } label)
                {
                    removed.Add(label);
                    reader.Skip();
                    continue;
                }
                if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement
                    && rules.BlankElements.TryGetValue((reader.NamespaceURI, reader.LocalName), out var blankLabel))
                {
                    CopyNode(reader, writer, rules, removed);
                    if (reader.ReadInnerXml().Trim().Length > 0)
                    {
                        removed.Add(blankLabel);
                    }
                    writer.WriteFullEndElement();
                    continue;
                }
                CopyNode(reader, writer, rules, removed);
                reader.Read();
            }
        }
        catch (Exception ex) when (ex is XmlException or ArgumentException)
        {
            // The reader's messages quote the part's own names and tokens, and the writer's (a name or character it
            // will not write) as much: only the type is told, as the refusal is logged.
            throw new InvalidEvidenceException($"Damaged XML part: {ex.GetType().Name}");
        }
    }

    private static void CopyNode(XmlReader reader, XmlWriter writer, XmlScrubRules rules, ISet<string> removed)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.XmlDeclaration:
                var standalone = reader.GetAttribute("standalone");
                if (standalone is null)
                {
                    writer.WriteStartDocument();
                }
                else
                {
                    writer.WriteStartDocument(standalone == "yes");
                }
                break;
            case XmlNodeType.Element:
                writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                var empty = reader.IsEmptyElement;
                if (reader.MoveToFirstAttribute())
                {
                    do
                    {
                        var value = reader.Value;
                        if (value.Length > 0 && (rules.BlankAttributes.GetValueOrDefault((reader.NamespaceURI, reader.LocalName))
                                                 ?? rules.BlankAttributeWhen?.Invoke(reader)) is { } label)
                        {
                            removed.Add(label);
                            value = "";
                        }
                        writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, value);
                    }
                    while (reader.MoveToNextAttribute());
                    reader.MoveToElement();
                }
                if (empty)
                {
                    writer.WriteEndElement();
                }
                break;
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
            case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                writer.WriteWhitespace(reader.Value);
                break;
            case XmlNodeType.ProcessingInstruction:
                writer.WriteProcessingInstruction(reader.Name, reader.Value);
                break;
            case XmlNodeType.Comment:
                // Comments in office parts are tool notes at best, identifying at worst.
                break;
        }
    }
}
