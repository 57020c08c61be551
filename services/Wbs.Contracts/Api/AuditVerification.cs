namespace Wbs.Contracts.Api;

/// <summary>
/// <c>firstBrokenAt</c> is the sequence number of the first entry that does not verify (after a cut tail: the
/// first missing one); <c>truncated</c>: entries up to the checkpointed head (<c>checkpointSequence</c>) are gone.
/// </summary>
public sealed record AuditVerification(bool Intact, int Entries, long? FirstBrokenAt, DateTimeOffset? FirstBrokenTime,
    bool Truncated = false, long? CheckpointSequence = null);
