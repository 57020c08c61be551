namespace Wbs.Gateway.Infrastructure;

/// <summary>
/// Whether a tenant's route family asks for proof of work now, and how hard: within its budget
/// nothing (or the base difficulty when the mode is <see cref="ProofOfWorkMode.Always"/>); past it
/// two more zero bits each time the rate doubles, up to the ceiling. The flooder pays for every
/// request; an honest caller pays once per write, and never more than the ceiling. A family
/// <see cref="RouteFamily.RefusedUnderPressure"/> is asked nothing within its budget, whatever the mode, and past it
/// always: it is a throttle, and the proof the only way past it.
/// </summary>
public sealed class ProofOfWorkPolicy(PressureGauge gauge, TenantBudgets budgets, IOptions<AbuseOptions> options)
{
    private ProofOfWorkOptions Pow => options.Value.ProofOfWork;

    public bool Unlimited => options.Value.Unlimited;

    /// <summary>Counts one anonymous write and answers the difficulty it must carry, or null when none is asked.</summary>
    public int? Arrived(RouteFamily family, string tenant) => Demand(family, tenant, gauge.Record(family.Name, tenant));

    /// <summary>The difficulty a challenge handed out ahead should carry.</summary>
    public int Current(RouteFamily family, string tenant) => Demand(family, tenant, gauge.Peek(family.Name, tenant)) ?? Pow.BaseDifficulty;

    /// <summary>For a write refused under pressure: how long until the family's count is back within its budget.</summary>
    public TimeSpan RetryAfter(RouteFamily family, string tenant) =>
        gauge.Until(family.Name, tenant, budgets.PermitsPerMinute(family, tenant) - 1);

    private int? Demand(RouteFamily family, string tenant, double count)
    {
        if (Unlimited)
        {
            return null;
        }
        var budget = budgets.PermitsPerMinute(family, tenant);
        var pressure = count > budget;
        if (family.RefusedUnderPressure ? !pressure : !Pow.Required(pressure))
        {
            return null;
        }
        var extra = pressure && budget > 0 ? 2 * (int)Math.Ceiling(Math.Log2(count / budget)) : 0;
        return Math.Min(Pow.MaxDifficulty, Pow.BaseDifficulty + extra);
    }
}
