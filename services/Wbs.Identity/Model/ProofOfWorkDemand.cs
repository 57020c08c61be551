namespace Wbs.Identity.Model;

/// <summary>A challenge the caller must solve before the attempt is checked (answered as 428).</summary>
public sealed record ProofOfWorkDemand(string Challenge, int Difficulty);
