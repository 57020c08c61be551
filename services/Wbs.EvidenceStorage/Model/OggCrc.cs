namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// The checksum of an Ogg page (RFC 3533): CRC-32 with polynomial 0x04C11DB7, not reflected, initial
/// value 0 and no final XOR, over the whole page with its checksum field set to zero. It is not the
/// zip CRC-32 that System.IO.Hashing offers.
/// </summary>
internal static class OggCrc
{
    private static readonly uint[] Table = Build();

    public static uint Update(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = (crc << 8) ^ Table[(byte)(crc >> 24) ^ b];
        }
        return crc;
    }

    private static uint[] Build()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var r = i << 24;
            for (var bit = 0; bit < 8; bit++)
            {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            table[i] = r;
        }
        return table;
    }
}
