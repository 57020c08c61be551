namespace Wbs.EvidenceStorage.Apis;

/// <summary>The <c>file</c> part of a multipart upload as it arrives: its first bytes, read already, and the rest.</summary>
public sealed record FilePart(string? FileName, string? ClaimedType, ReadOnlyMemory<byte> Head, Stream Body);
