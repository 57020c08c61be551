namespace Wbs.Intake.Infrastructure;

/// <summary>
/// The first answer to a submission with an <c>Idempotency-Key</c>, kept 24 hours. The answer holds
/// the complaint code, so it is stored sealed and deleted when it expires.
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; init; }
    public required string Tenant { get; init; }
    /// <summary>SHA-256 of the client's key: the key itself is not kept.</summary>
    public required string KeyHash { get; init; }
    public required string RequestHash { get; init; }
    public required byte[] SealedAnswer { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
}
