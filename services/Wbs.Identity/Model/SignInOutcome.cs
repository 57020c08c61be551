namespace Wbs.Identity.Model;

public enum SignInOutcome
{
    Succeeded,
    /// <summary>Wrong or unknown credentials: always the same 401 answer.</summary>
    Failed,
    /// <summary>Too many failed staff sign-ins on this username, or failed password changes of a signed-in subject: 429.</summary>
    Throttled,
    /// <summary>Recent failures on this reporter's username ask a proof of work first: 428 with a challenge.</summary>
    ProofOfWorkRequired,
}
