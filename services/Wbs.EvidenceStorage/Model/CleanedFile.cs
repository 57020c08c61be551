namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// What cleaning a file found: the codes of what was removed (<see cref="MetadataLabels"/>, sorted), and the
/// ranges of the output still to be overwritten with zeros (samples of dropped tracks, known only at the end).
/// </summary>
public sealed record CleanedFile(IReadOnlyList<string> Removed, IReadOnlyList<ByteRange> ToBlank);
