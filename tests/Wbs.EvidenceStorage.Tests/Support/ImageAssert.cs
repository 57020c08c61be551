using System.Buffers.Binary;

namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>Structural checks that a cleaned file still opens as its type.</summary>
public static class ImageAssert
{
    /// <summary>Starts with SOI, ends with EOI, and holds a frame header (SOF0) and a scan (SOS).</summary>
    public static IReadOnlyList<byte> JpegMarkers(byte[] jpeg)
    {
        Assert.True(jpeg.Length > 4 && jpeg[0] == 0xFF && jpeg[1] == 0xD8, "JPEG must start with FFD8");
        Assert.True(jpeg[^2] == 0xFF && jpeg[^1] == 0xD9, "JPEG must end with FFD9");
        var markers = new List<byte>();
        var i = 2;
        while (i < jpeg.Length)
        {
            Assert.Equal(0xFF, jpeg[i]);
            var marker = jpeg[i + 1];
            markers.Add(marker);
            if (marker == 0xDA)
            {
                break;
            }
            i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
        }
        Assert.Contains((byte)0xC0, markers);
        Assert.Contains((byte)0xDA, markers);
        return markers;
    }

    /// <summary>Signature, every chunk's CRC valid, IHDR first, IEND last; returns the chunk types.</summary>
    public static IReadOnlyList<string> PngChunks(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var types = new List<string>();
        var i = 8;
        while (i < png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(i));
            var typed = png.AsSpan(i + 4, 4 + length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(i + 8 + length));
            Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(typed), crc);
            types.Add(Encoding.ASCII.GetString(typed[..4]));
            i += 12 + length;
        }
        Assert.Equal(png.Length, i);
        Assert.Equal("IHDR", types[0]);
        Assert.Equal("IEND", types[^1]);
        return types;
    }
}
