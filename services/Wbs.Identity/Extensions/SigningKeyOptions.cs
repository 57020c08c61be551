namespace Wbs.Identity.Extensions;

public sealed class SigningKeyOptions
{
    /// <summary>Age after which a new signing key takes over.</summary>
    public TimeSpan RotateAfter { get; set; } = TimeSpan.FromDays(30);
    /// <summary>
    /// How long a new key is published before it signs. Validators refresh their key set at most every
    /// five minutes when they meet an unknown key id, so this must be longer than that.
    /// </summary>
    public TimeSpan ActivationDelay { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>How often an instance looks for keys rotated elsewhere and for a due rotation.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}
