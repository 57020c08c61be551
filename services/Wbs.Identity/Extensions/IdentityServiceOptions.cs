namespace Wbs.Identity.Extensions;

/// <summary>The <c>Identity</c> configuration section.</summary>
public sealed class IdentityServiceOptions
{
    public const string Section = "Identity";

    [ValidateObjectMembers]
    public SignInCostOptions SignInCost { get; set; } = new();
    [ValidateObjectMembers]
    public TokenLifetimeOptions Tokens { get; set; } = new();
    [ValidateObjectMembers]
    public SigningKeyOptions SigningKeys { get; set; } = new();
    /// <summary>Development only: staff users to create at start (written by the AppHost).</summary>
    public string? DevStaffFile { get; set; }
}
