namespace Wbs.Contracts.Api;

/// <param name="MetadataRemoved">What was removed, in plain Indonesian words ("lokasi GPS", "nama penulis").</param>
/// <param name="MetadataRemovedEn">The same in English.</param>
public sealed record UploadedEvidence(Guid EvidenceId, string FileName, string ContentType, long Size, string Sha256,
    IReadOnlyList<string> MetadataRemoved, IReadOnlyList<string> MetadataRemovedEn);
