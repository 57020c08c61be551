namespace Wbs.EvidenceStorage.Apis;

/// <summary>The <c>file</c> part of an upload, spooled to a scratch file (deleted when disposed).</summary>
public sealed record UploadedPart(Stream Content, string? FileName, string? ClaimedType) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
