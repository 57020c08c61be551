using System.ComponentModel.DataAnnotations;

namespace Wbs.Web.Infrastructure.Abuse;

/// <summary><c>Abuse:Web</c>: when the portal's own form posts ask for proof of work, and the no-JavaScript delay.</summary>
public sealed class FormProofOptions
{
    public const string Section = "Abuse:Web";

    /// <summary>Posts of one form family per tenant and minute before proof is asked (mode UnderPressure).</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerMinute { get; set; } = 60;

    /// <summary>Without JavaScript: how long after the form was served its delay ticket becomes good.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The hardest challenge of a service the web app solves itself for a no-JavaScript visitor with a good ticket.</summary>
    [Range(0, 32)]
    public int MaxServerSolvedDifficulty { get; set; } = 16;
}
