using System.Text.RegularExpressions;

namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>Checks that a PDF still reads the way a reader finds its way in: startxref, xref offsets, stream lengths.</summary>
public static class PdfAssert
{
    /// <returns>Each object's text by number (Latin-1, one char per byte).</returns>
    public static IReadOnlyDictionary<int, string> Objects(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text);
        Assert.EndsWith("%%EOF\n", text);
        var startxref = int.Parse(Regex.Match(text, @"startxref\s+(\d+)\s+%%EOF\s*$").Groups[1].Value);
        Assert.Equal("xref", text.Substring(startxref, 4));
        var header = Regex.Match(text[startxref..], @"^xref\s+0 (\d+)\s+");
        var count = int.Parse(header.Groups[1].Value);
        var entries = Regex.Matches(text[(startxref + header.Length)..], @"(\d{10}) (\d{5}) ([nf]) ?\r?\n").Take(count).ToList();
        Assert.Equal(count, entries.Count);

        var objects = new Dictionary<int, string>();
        for (var number = 1; number < count; number++)
        {
            var offset = int.Parse(entries[number].Groups[1].Value);
            Assert.StartsWith($"{number} 0 obj", text[offset..]);
            var end = text.IndexOf("endobj", offset, StringComparison.Ordinal);
            var body = text[offset..end];
            var length = Regex.Match(body, @"/Length (\d+)");
            if (length.Success)
            {
                var data = text.IndexOf("stream\n", offset, StringComparison.Ordinal) + "stream\n".Length;
                Assert.Equal("\nendstream", text.Substring(data + int.Parse(length.Groups[1].Value), "\nendstream".Length));
            }
            objects[number] = body;
        }
        return objects;
    }

    /// <summary>The bytes of the first stream of an object, by its /Length.</summary>
    public static byte[] Stream(byte[] pdf, string objectText)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var offset = text.IndexOf(objectText, StringComparison.Ordinal);
        var length = int.Parse(Regex.Match(objectText, @"/Length (\d+)").Groups[1].Value);
        var data = text.IndexOf("stream\n", offset, StringComparison.Ordinal) + "stream\n".Length;
        return pdf[data..(data + length)];
    }
}
