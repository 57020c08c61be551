using System.IO.Compression;

namespace Wbs.Web.Tests;

/// <summary>Small files of kinds EvidenceStorage recognises, for the tests of what it refuses.</summary>
public static class TestFiles
{
    /// <summary>A whole ZIP archive with one text file: EvidenceStorage recognises it as ZIP and refuses it with advice.</summary>
    public static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = new StreamWriter(zip.CreateEntry("catatan.txt").Open()))
        {
            entry.Write("Catatan kejadian.\n");
        }
        return buffer.ToArray();
    }
}
