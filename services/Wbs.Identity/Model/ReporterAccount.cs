namespace Wbs.Identity.Model;

/// <summary>A pseudonymous reporter account: a username and a password, never an e-mail address or phone number.</summary>
public sealed class ReporterAccount
{
    public Guid Id { get; init; }
    public required string Tenant { get; init; }
    public required string Username { get; init; }
    public required string PasswordHash { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PasswordChangedAt { get; set; }
}
