using System.ComponentModel.DataAnnotations;

namespace Wbs.Identity.Extensions;

/// <summary>How failed sign-ins raise the cost of the next attempt on the same username (never a lockout).</summary>
public sealed class SignInCostOptions
{
    /// <summary>Failures on a username within <see cref="Window"/> that cost nothing; each one past it adds a bit of proof of work.</summary>
    [Range(0, 1000)]
    public int FreeFailures { get; set; } = 5;

    /// <summary>How long a failure is remembered after the last one (in memory only).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed password changes of one signed-in subject within <see cref="Window"/> before further ones answer 429.</summary>
    [Range(1, 1000)]
    public int MaxPasswordChangeFailures { get; set; } = 5;
}
