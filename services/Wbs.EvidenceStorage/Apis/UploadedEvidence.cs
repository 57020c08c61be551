namespace Wbs.EvidenceStorage.Apis;

public sealed record UploadedEvidence(Guid EvidenceId, string FileName, string ContentType, long Size, string Sha256, IReadOnlyList<string> MetadataRemoved);
