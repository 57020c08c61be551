using System.Buffers.Binary;

namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>What a broken download, a failing memory card or a bit flip does to a file, done on purpose.</summary>
public static class Damage
{
    /// <summary>
    /// The file with one byte above 0x7F inside its first ASCII85 stream, as a transfer that garbles bytes leaves
    /// it: no ASCII85 character, and for the PDF a damaged drawing.
    /// </summary>
    public static byte[] ByteOutsideAscii85(byte[] pdf)
    {
        var filter = pdf.AsSpan().IndexOf("/ASCII85Decode"u8);
        Assert.True(filter >= 0, "the PDF has no ASCII85 stream");
        var data = filter + pdf.AsSpan(filter).IndexOf("stream\n"u8) + "stream\n".Length;
        var damaged = (byte[])pdf.Clone();
        damaged[data + 16] = 0xE9;
        return damaged;
    }

    /// <summary>
    /// The ZIP with the name of <paramref name="entry"/> gone from its central directory record (its length moved to
    /// the record's comment, so the rest of the directory still reads): an entry without a name.
    /// </summary>
    public static byte[] UnnamedEntry(byte[] zip, string entry)
    {
        var damaged = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entry);
        for (var at = damaged.AsSpan().IndexOf("PK\x01\x02"u8); at >= 0;)
        {
            var record = damaged.AsSpan(at);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(record[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(record[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(record[32..]);
            if (record.Slice(46, nameLength).SequenceEqual(name) && extraLength == 0 && commentLength == 0)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(record[28..], 0);
                BinaryPrimitives.WriteUInt16LittleEndian(record[32..], nameLength);
                return damaged;
            }
            var next = record[(46 + nameLength + extraLength + commentLength)..].IndexOf("PK\x01\x02"u8);
            at = next < 0 ? -1 : at + 46 + nameLength + extraLength + commentLength + next;
        }
        throw new InvalidOperationException($"The ZIP has no plain directory record for {entry}.");
    }
}
