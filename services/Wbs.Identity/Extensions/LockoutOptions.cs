namespace Wbs.Identity.Extensions;

public sealed class LockoutOptions
{
    /// <summary>Failed sign-ins in a row after which the account or staff user is locked.</summary>
    public int MaxFailures { get; set; } = 5;
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}
