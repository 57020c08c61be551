using System.Buffers.Binary;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Copies a PNG chunk by chunk, streaming, without its text (tEXt, zTXt, iTXt: authors, comments,
/// XMP), EXIF (eXIf) and modification time (tIME) chunks, and nothing after IEND.
/// </summary>
public static class PngCleaner
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Clean(Stream input, Stream output, ISet<string> removed)
    {
        Span<byte> signature = stackalloc byte[8];
        if (input.ReadAtLeast(signature, 8, throwOnEndOfStream: false) != 8 || !signature.SequenceEqual(Signature))
        {
            throw new InvalidEvidenceException("Not a PNG.");
        }
        output.Write(Signature);

        var header = new byte[8];
        while (true)
        {
            if (input.ReadAtLeast(header, 8, throwOnEndOfStream: false) != 8)
            {
                throw new InvalidEvidenceException("The PNG ends before IEND.");
            }
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = System.Text.Encoding.ASCII.GetString(header, 4, 4);
            if (length > int.MaxValue || !type.All(char.IsAsciiLetter))
            {
                throw new InvalidEvidenceException("Bad PNG chunk.");
            }
            var label = type switch
            {
                "tEXt" or "zTXt" or "iTXt" => MetadataLabels.Text,
                "eXIf" => MetadataLabels.Exif,
                "tIME" => MetadataLabels.Time,
                _ => null,
            };
            if (label is not null)
            {
                removed.Add(label);
                StreamCopy.Skip(input, length + 4L);
            }
            else
            {
                output.Write(header);
                StreamCopy.Copy(input, output, length + 4L);
            }
            if (type == "IEND")
            {
                if (input.ReadByte() != -1)
                {
                    removed.Add(MetadataLabels.Trailer);
                }
                return;
            }
        }
    }
}
