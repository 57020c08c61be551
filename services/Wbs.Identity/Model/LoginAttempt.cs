namespace Wbs.Identity.Model;

/// <summary>
/// No longer written: sign-in failures live in memory (<c>SignInCosts</c>) and lock nobody out.
/// Kept so the model matches the applied migrations; a later migration drops the table.
/// </summary>
public sealed class LoginAttempt
{
    public Guid SubjectId { get; init; }
    public int Failures { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
}
