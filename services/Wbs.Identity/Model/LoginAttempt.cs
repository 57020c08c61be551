namespace Wbs.Identity.Model;

/// <summary>Failed sign-ins of one account or staff user; no address or client detail is kept.</summary>
public sealed class LoginAttempt
{
    public Guid SubjectId { get; init; }
    public int Failures { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
}
