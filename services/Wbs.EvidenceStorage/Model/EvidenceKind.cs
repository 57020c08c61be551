namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// A file type the detector recognises: what the bytes must look like, the extensions a file of
/// this type may carry, and the content types a client may claim for it. A kind with a
/// <see cref="Refusal"/> is recognised only to be refused with advice: its metadata cannot be
/// removed reliably, and nothing is ever stored as uploaded.
/// </summary>
public sealed record EvidenceKind(string Name, string ContentType, IReadOnlyList<string> Extensions, IReadOnlyList<string> ClaimedTypes)
{
    /// <summary>Why the type is refused and what to send instead, Indonesian then English.</summary>
    public string? Refusal { get; init; }

    /// <summary>An ISO base media file (MP4, MOV, 3GP, M4A), cleaned box by box.</summary>
    public bool IsIsoMedia { get; init; }

    /// <summary>Video and audio, which may be as large as the tenant's media limit.</summary>
    public bool IsMedia => IsIsoMedia || Name is "mp3" or "wav" or "ogg";

    public bool AcceptsExtension(string extension) => Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);

    /// <summary>Generic or missing claims say nothing; any other claim must fit the content.</summary>
    public bool AcceptsClaimedType(string? claimed) =>
        claimed is null or "" or "application/octet-stream" or "binary/octet-stream"
        || string.Equals(claimed, ContentType, StringComparison.OrdinalIgnoreCase)
        || ClaimedTypes.Contains(claimed, StringComparer.OrdinalIgnoreCase);
}
