namespace Wbs.EvidenceStorage.Model;

/// <summary>A stretch of a file: <paramref name="Length"/> bytes from <paramref name="Offset"/>.</summary>
public readonly record struct ByteRange(long Offset, long Length)
{
    public long End => Offset + Length;
}
