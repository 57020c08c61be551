namespace Wbs.EvidenceStorage.Model;

/// <summary>The bytes claim a type on the allow-list but do not hold a well-formed file of it.</summary>
public sealed class InvalidEvidenceException(string message) : Exception(message);
