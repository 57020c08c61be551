namespace Wbs.Identity.Infrastructure;

/// <summary>The cost record of one username (or signed-in subject) in <see cref="SignInCosts"/>.</summary>
public readonly record struct SignInCost(SignInCosts Costs, string Tenant, string Key)
{
    /// <returns>The challenge to answer with 428, or null when <paramref name="proof"/> is enough (or none is asked).</returns>
    public ProofOfWorkDemand? Demand(string? proof) => Costs.Demand(Tenant, Key, proof);

    /// <summary>Too many failed password changes: the signed-in caller waits (only the token's holder can cause it).</summary>
    public bool Exhausted => Costs.Exhausted(Key);

    public void Attempted() => Costs.Add(Key);

    /// <returns>Past the free failures (a staff name), how long until they are forgotten; null within them.</returns>
    public TimeSpan? Throttle() => Costs.Throttle(Key);

    /// <summary>A throttled attempt answered 429; answers its <c>Retry-After</c>.</summary>
    public TimeSpan Refused() => Costs.Refused(Tenant, Key);

    /// <summary>After a failure of a staff name: it throttled further attempts on the name (what WBS has instead of a lockout).</summary>
    public bool LockedOutNow => Costs.ThrottleStartsNow(Key);

    public void Succeeded() => Costs.Forgive(Key);
}
