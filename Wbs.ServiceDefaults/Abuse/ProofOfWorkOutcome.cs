namespace Wbs.ServiceDefaults.Abuse;

public enum ProofOfWorkOutcome
{
    Valid,
    Missing,
    /// <summary>Not a challenge of ours, or of another tenant or route family, or tampered with.</summary>
    Invalid,
    Expired,
    Replayed,
    /// <summary>A genuine challenge, but easier than what is asked now.</summary>
    TooEasy,
    /// <summary>The hash does not start with enough zero bits.</summary>
    Unsolved,
}

/// <param name="Difficulty">The difficulty the presented challenge carried (0 when unreadable).</param>
public readonly record struct ProofOfWorkCheck(ProofOfWorkOutcome Outcome, int Difficulty)
{
    public bool IsValid => Outcome == ProofOfWorkOutcome.Valid;
}
