namespace Wbs.Identity.Infrastructure;

/// <summary>The cost record of one username (or signed-in subject) in <see cref="SignInCosts"/>.</summary>
public readonly record struct SignInCost(SignInCosts Costs, string Tenant, string Key)
{
    /// <returns>The challenge to answer with 428, or null when <paramref name="proof"/> is enough (or none is asked).</returns>
    public ProofOfWorkDemand? Demand(string? proof) => Costs.Demand(Tenant, Key, proof);

    /// <summary>Too many failed password changes: the signed-in caller waits (only the token's holder can cause it).</summary>
    public bool Exhausted => Costs.Exhausted(Key);

    public void Attempted() => Costs.Add(Key);

    /// <summary>After a failure: it made further attempts on the name pay a proof of work (what WBS has instead of a lockout).</summary>
    public bool LockedOutNow => Costs.ProofStartsNow(Key);

    public void Succeeded() => Costs.Forgive(Key);
}
