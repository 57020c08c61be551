namespace Wbs.EvidenceStorage.Model;

/// <summary>One chunk of a RIFF container: its FourCC, where its data starts, and its size (without the pad byte).</summary>
internal sealed record RiffChunk(string FourCc, long Offset, uint Size)
{
    public long Padded => Size + (Size & 1);
}
