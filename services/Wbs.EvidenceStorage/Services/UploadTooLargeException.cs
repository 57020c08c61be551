namespace Wbs.EvidenceStorage.Services;

/// <summary>An upload passed its kind's limit while it arrived; what came is dropped.</summary>
public sealed class UploadTooLargeException() : Exception("The upload passed its limit.");
