using System.ComponentModel.DataAnnotations;

namespace Wbs.Identity.Extensions;

public sealed class SigningKeyOptions
{
    /// <summary>Age after which a new signing key takes over.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan RotateAfter { get; set; } = TimeSpan.FromDays(30);
    /// <summary>
    /// How long a new key is published before it signs. Validators refresh their key set at most every
    /// five minutes when they meet an unknown key id, so this must be longer than that.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan ActivationDelay { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>How often an instance looks for keys rotated elsewhere and for a due rotation.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}
