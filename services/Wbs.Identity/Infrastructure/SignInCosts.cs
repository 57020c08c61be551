using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Wbs.Identity.Infrastructure;

/// <summary>
/// Failed sign-ins per username, so that guessing costs the guesser without locking the owner out. Past
/// <see cref="SignInCostOptions.FreeFailures"/>, a reporter's every attempt on that username (right or wrong,
/// existing or not) first asks a proof of work one bit harder per failure, up to the ceiling (<see cref="Demand"/>);
/// a staff sign-in is throttled instead (<see cref="Throttle"/>, answered 429: API.md lists no 428 for it), and
/// only an attempt carrying a valid TOTP code of the user is still checked. A success forgives the failures. In
/// memory only and forgotten <see cref="SignInCostOptions.Window"/> after the last failure; keyed by an HMAC of
/// tenant and username under a key made at process start, so nothing here can be linked to a name afterwards, and
/// nothing of the caller is kept. Several instances each keep their own counts: an attacker spread over them pays a
/// little less.
/// </summary>
public sealed class SignInCosts(
    ProofOfWorkChallenges challenges, AbuseMetrics metrics, IOptions<IdentityServiceOptions> options, IOptions<AbuseOptions> abuse,
    TimeProvider clock)
{
    /// <summary>The metrics' route family: counts by tenant only, never by username.</summary>
    private const string MetricFamily = "identity-username";
    /// <summary>The gateway's route family of sign-ins: one solved challenge satisfies both (with a shared key).</summary>
    public const string Family = "identity";
    private const int SweepAbove = 100_000;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    private SignInCostOptions Costs => options.Value.SignInCost;

    /// <param name="purpose">Keeps staff, reporters and password changes apart.</param>
    public SignInCost For(string purpose, string tenant, string? name) =>
        new(this, tenant, Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{purpose}\n{tenant}\n{name}"))));

    internal ProofOfWorkDemand? Demand(string tenant, string key, string? proof)
    {
        var pow = abuse.Value.ProofOfWork;
        var over = Count(key) - Costs.FreeFailures;
        if (abuse.Value.Unlimited || pow.Mode == ProofOfWorkMode.Off || over < 0)
        {
            return null;
        }
        var difficulty = Math.Min(pow.MaxDifficulty, pow.BaseDifficulty + over);
        var check = challenges.Verify(proof, tenant, Family, difficulty);
        if (check.IsValid)
        {
            metrics.Proved(MetricFamily, tenant);
            return null;
        }
        if (check.Outcome != ProofOfWorkOutcome.Missing)
        {
            metrics.Rejected(MetricFamily, tenant);
        }
        metrics.Challenged(MetricFamily, tenant);
        // Never easier than a challenge already solved (the gateway may have asked a harder one).
        var asked = Math.Max(difficulty, check.Difficulty);
        return new(challenges.Issue(tenant, Family, asked), asked);
    }

    /// <returns>
    /// Past the free failures, how long until they are forgotten (the <c>Retry-After</c> of a refusal); null within them.
    /// Not a proof of work: the name's failures alone decide, whatever <see cref="ProofOfWorkOptions.Mode"/> says.
    /// </returns>
    internal TimeSpan? Throttle(string key)
    {
        if (abuse.Value.Unlimited || !_failures.TryGetValue(key, out var failures))
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var (count, last) = failures.Read(now, Costs.Window);
        return count < Costs.FreeFailures ? null : last + Costs.Window - now;
    }

    /// <summary>A throttled attempt was refused (429): counted for the dashboard, by tenant only.</summary>
    /// <returns>How long until the name's failures are forgotten.</returns>
    internal TimeSpan Refused(string tenant, string key)
    {
        metrics.Throttled(MetricFamily, tenant);
        return Throttle(key) ?? Costs.Window;
    }

    /// <summary>True when the failure just counted is the one from which attempts on the name are throttled.</summary>
    internal bool ThrottleStartsNow(string key) => !abuse.Value.Unlimited && Count(key) == Costs.FreeFailures;

    internal bool Exhausted(string key) => !abuse.Value.Unlimited && Count(key) >= Costs.MaxPasswordChangeFailures;

    internal int Count(string key) =>
        _failures.TryGetValue(key, out var failures) ? failures.Read(clock.GetUtcNow(), Costs.Window).Count : 0;

    /// <summary>Counted before the credentials are checked (and forgiven on success), so parallel guesses cannot slip through free.</summary>
    internal void Add(string key)
    {
        if (_failures.Count > SweepAbove)
        {
            Sweep();
        }
        _failures.GetOrAdd(key, _ => new Failures()).Add(clock.GetUtcNow(), Costs.Window);
    }

    internal void Forgive(string key) => _failures.TryRemove(key, out _);

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, failures) in _failures)
        {
            if (failures.Read(now, Costs.Window).Count == 0)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private sealed class Failures
    {
        private readonly Lock _lock = new();
        private int _count;
        private DateTimeOffset _last;

        /// <returns>The failures still remembered, and when the last one was.</returns>
        public (int Count, DateTimeOffset Last) Read(DateTimeOffset now, TimeSpan window)
        {
            lock (_lock)
            {
                return (now - _last > window ? 0 : _count, _last);
            }
        }

        public void Add(DateTimeOffset now, TimeSpan window)
        {
            lock (_lock)
            {
                _count = now - _last > window ? 1 : _count + 1;
                _last = now;
            }
        }
    }
}
