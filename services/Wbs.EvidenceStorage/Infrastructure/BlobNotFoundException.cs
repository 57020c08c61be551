namespace Wbs.EvidenceStorage.Infrastructure;

public sealed class BlobNotFoundException(string key) : Exception($"No blob stored under '{key}'.");
