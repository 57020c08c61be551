namespace Wbs.Identity.Model;

public enum SignInOutcome
{
    Succeeded,
    /// <summary>Wrong or unknown credentials: always the same 401 answer.</summary>
    Failed,
    /// <summary>Too many failed password changes of a signed-in subject: 429.</summary>
    Throttled,
    /// <summary>Recent failures on this username ask a proof of work first: 428 with a challenge.</summary>
    ProofOfWorkRequired,
}
