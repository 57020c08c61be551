using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Wbs.ServiceDefaults.Abuse;

/// <summary>
/// What the anti-abuse measures did, by route family and tenant, for the ops dashboard. Never per
/// client: no tag can tell one caller from another. Tenants outside the catalog count as "unknown"
/// so that invented slugs cannot blow up the series.
/// </summary>
public sealed class AbuseMetrics
{
    public const string MeterName = "Wbs.Abuse";
    private readonly Counter<long> _throttled;
    private readonly Counter<long> _challenged;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _passed;

    public AbuseMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _throttled = meter.CreateCounter<long>("wbs.abuse.throttled", description: "Requests refused or held back by a tenant's budget");
        _challenged = meter.CreateCounter<long>("wbs.abuse.challenged", description: "Proof-of-work challenges handed out");
        _rejected = meter.CreateCounter<long>("wbs.abuse.rejected", description: "Proofs of work refused (invalid, expired, replayed, too easy)");
        _passed = meter.CreateCounter<long>("wbs.abuse.proved", description: "Requests let through on a valid proof of work");
    }

    public void Throttled(string family, string tenant) => _throttled.Add(1, Tags(family, tenant));

    public void Challenged(string family, string tenant) => _challenged.Add(1, Tags(family, tenant));

    public void Rejected(string family, string tenant) => _rejected.Add(1, Tags(family, tenant));

    public void Proved(string family, string tenant) => _passed.Add(1, Tags(family, tenant));

    private static TagList Tags(string family, string tenant) => new() { { "wbs.route_family", family }, { "wbs.tenant", tenant } };
}
