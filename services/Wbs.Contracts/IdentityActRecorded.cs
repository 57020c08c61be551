namespace Wbs.Contracts;

/// <summary>
/// An act in Identity that the tenant's audit trail records (CaseManagement appends it): a staff user created or
/// disabled, a staff sign-in's outcome, a password or TOTP change. Never a client address, agent or typed secret;
/// a sign-in on an unknown username names no one.
/// </summary>
public sealed record IdentityActRecorded
{
    public required string Tenant { get; init; }
    /// <summary>One of <see cref="IdentityActs"/>.</summary>
    public required string Action { get; init; }
    /// <summary>Who acted (the admin, or the user signing in); null when unknown.</summary>
    public Guid? ActorId { get; init; }
    public required string ActorName { get; init; }
    /// <summary>What the act was about (the user created or disabled, the roles given), when not the actor.</summary>
    public string? Detail { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
