namespace Wbs.Contracts;

/// <summary>
/// Tokens of a subject stop working at once: with <see cref="SessionId"/> only that session (a
/// sign-out), without it every token of the subject issued before <see cref="RevokedBefore"/>
/// (disabling, a password change). Every instance of every service applies it to its token checks.
/// </summary>
public sealed record SessionsRevoked
{
    public required string Tenant { get; init; }
    public required Guid SubjectId { get; init; }
    public Guid? SessionId { get; init; }
    public required DateTimeOffset RevokedBefore { get; init; }
    /// <summary>Until when the revocation matters: no token issued before it lives longer.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }
}
