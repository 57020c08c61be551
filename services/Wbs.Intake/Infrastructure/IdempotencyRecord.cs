namespace Wbs.Intake.Infrastructure;

/// <summary>
/// The first answer to a submission with an <c>Idempotency-Key</c>, kept 24 hours. The answer holds the complaint code:
/// it is sealed, and every column is keyed by what only the client's Idempotency-Key derives
/// (<see cref="IdempotencyKeys"/>), so neither the database nor the service's keys open it. Deleted when it expires.
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; init; }
    public required string Tenant { get; init; }
    /// <summary>A keyed digest of the client's key (<see cref="IdempotencyKeys.Lookup"/>): the key itself is not kept.</summary>
    public required string KeyDigest { get; init; }
    /// <summary>An HMAC of the request under a key derived from the Idempotency-Key (<see cref="IdempotencyKeys.RequestDigest"/>).</summary>
    public required string RequestDigest { get; init; }
    public required byte[] SealedAnswer { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
}
