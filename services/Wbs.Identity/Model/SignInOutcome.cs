namespace Wbs.Identity.Model;

public enum SignInOutcome
{
    Succeeded,
    /// <summary>Wrong or unknown credentials: always the same 401 answer.</summary>
    Failed,
    /// <summary>Locked out or throttled: 429.</summary>
    Throttled,
}
