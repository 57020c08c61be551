namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// A file type on the allow-list: what the bytes must look like, the extensions a file of this
/// type may carry, and the content types a client may claim for it.
/// </summary>
public sealed record EvidenceKind(string Name, string ContentType, IReadOnlyList<string> Extensions, IReadOnlyList<string> ClaimedTypes)
{
    public bool AcceptsExtension(string extension) => Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);

    /// <summary>Generic or missing claims say nothing; any other claim must fit the content.</summary>
    public bool AcceptsClaimedType(string? claimed) =>
        claimed is null or "" or "application/octet-stream" or "binary/octet-stream"
        || string.Equals(claimed, ContentType, StringComparison.OrdinalIgnoreCase)
        || ClaimedTypes.Contains(claimed, StringComparer.OrdinalIgnoreCase);
}
