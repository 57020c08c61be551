namespace Wbs.EvidenceStorage.Services;

/// <summary>What became of one file handed to <see cref="EvidenceAcceptor"/>.</summary>
/// <param name="File">The stored evidence, when <see cref="AcceptStatus.Stored"/>.</param>
/// <param name="Kind">The recognised kind, for <see cref="AcceptStatus.TypeRefused"/>.</param>
/// <param name="Limit">The limit that applied, for <see cref="AcceptStatus.TooLarge"/>.</param>
/// <param name="Advice">What to do instead, for <see cref="AcceptStatus.Refused"/>.</param>
public sealed record AcceptOutcome(AcceptStatus Status, EvidenceFile? File = null, EvidenceKind? Kind = null, long Limit = 0, string? Advice = null,
    string? FileName = null);
