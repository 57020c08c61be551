namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>A stored blob does not decrypt, or does not hash to what was recorded at upload.</summary>
public sealed class EvidenceIntegrityException(string message, Exception? inner = null) : Exception(message, inner);
