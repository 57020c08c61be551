namespace Wbs.EvidenceStorage.Apis;

/// <summary>What the resumable upload endpoints need, bundled for <c>[AsParameters]</c>.</summary>
public sealed record ResumableUploadServices(
    ResumableUploads Uploads,
    ScratchFiles Scratch,
    TimeProvider Clock);
