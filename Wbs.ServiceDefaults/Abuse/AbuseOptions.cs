using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Wbs.ServiceDefaults.Abuse;

/// <summary>The <c>Abuse</c> section, shared by the gateway, Identity and the web app.</summary>
public sealed class AbuseOptions
{
    public const string Section = "Abuse";

    /// <summary>Lifts every rate limit, quota and proof-of-work requirement (benches only).</summary>
    public bool Unlimited { get; set; }

    [ValidateObjectMembers]
    public ProofOfWorkOptions ProofOfWork { get; set; } = new();
}

public sealed class ProofOfWorkOptions
{
    public ProofOfWorkMode Mode { get; set; } = ProofOfWorkMode.UnderPressure;

    /// <summary>
    /// Base64 of 32 bytes shared by the gateway, Identity and the web app, so that a challenge one of
    /// them hands out satisfies the others. Without it each process uses a random key of its own.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>Leading zero bits asked when pressure has just begun (or always, in <see cref="ProofOfWorkMode.Always"/>).</summary>
    [Range(1, 32)]
    public int BaseDifficulty { get; set; } = 12;

    /// <summary>The ceiling: a browser still solves it in seconds, so nobody is locked out.</summary>
    [Range(1, 32)]
    public int MaxDifficulty { get; set; } = 20;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);

    public bool Required(bool underPressure) => Mode switch
    {
        ProofOfWorkMode.Always => true,
        ProofOfWorkMode.UnderPressure => underPressure,
        _ => false,
    };
}
