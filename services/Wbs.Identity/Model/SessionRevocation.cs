namespace Wbs.Identity.Model;

/// <summary>
/// A revocation still in force (kept until every token it concerns has expired), so that a
/// starting instance of any service can learn it: one session, or every token of a subject issued before an instant.
/// </summary>
public sealed class SessionRevocation
{
    public Guid Id { get; init; }
    public required string Tenant { get; init; }
    public Guid SubjectId { get; init; }
    public Guid? SessionId { get; init; }
    public DateTimeOffset RevokedBefore { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }

    public SessionsRevoked ToEvent() => new()
    {
        Tenant = Tenant,
        SubjectId = SubjectId,
        SessionId = SessionId,
        RevokedBefore = RevokedBefore,
        ExpiresAt = ExpiresAt,
    };
}
