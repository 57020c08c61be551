namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// The bytes claim a type on the allow-list but do not hold a well-formed file of it. The message is logged with the
/// refusal: a fixed text (at most an exception's type name), never a parser's message, which quotes the file's content.
/// </summary>
public sealed class InvalidEvidenceException(string message) : Exception(message);
