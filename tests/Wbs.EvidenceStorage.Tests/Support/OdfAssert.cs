using System.Buffers.Binary;
using System.IO.Compression;

namespace Wbs.EvidenceStorage.Tests.Support;

public static class OdfAssert
{
    /// <summary>The first local file header is <c>mimetype</c>, stored (method 0), holding the media type.</summary>
    public static void MimetypeFirstAndStored(byte[] package, string mediaType)
    {
        Assert.Equal(0x04034B50u, BinaryPrimitives.ReadUInt32LittleEndian(package));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(package.AsSpan(8)));
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(package.AsSpan(26));
        var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(package.AsSpan(28));
        Assert.Equal("mimetype", Encoding.ASCII.GetString(package, 30, nameLength));
        Assert.Equal(mediaType, Encoding.ASCII.GetString(package, 30 + nameLength + extraLength, mediaType.Length));
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        Assert.NotNull(zip.GetEntry("content.xml"));
    }
}
