using Wbs.ServiceDefaults.Discovery;

namespace Wbs.Gateway.Infrastructure;

/// <summary>
/// Builds YARP's routes and clusters; a cluster's destination is the service's name, which service
/// discovery resolves from <c>services__{name}__http__0</c>. A service without a
/// configured endpoint still gets its routes, with an empty cluster, so the gateway starts and
/// those paths answer 503 until the service is configured.
/// </summary>
public static class ProxyConfigBuilder
{
    public const string FamilyKey = "wbs.family";

    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) Build(IConfiguration configuration)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var family in RouteFamily.All)
        {
            var endpoint = ServiceEndpoints.Resolve(configuration, family.Service);
            clusters.Add(new ClusterConfig
            {
                ClusterId = family.Name,
                Destinations = endpoint is null
                    ? new Dictionary<string, DestinationConfig>()
                    : new Dictionary<string, DestinationConfig> { [family.Service] = new() { Address = $"{endpoint.Scheme}://{family.Service}{endpoint.AbsolutePath}" } },
            });
            routes.AddRange(family.Paths.Select((path, i) => new RouteConfig
            {
                RouteId = $"{family.Name}-{i}",
                ClusterId = family.Name,
                Match = Match(path),
                Metadata = new Dictionary<string, string> { [FamilyKey] = family.Name },
            }));
        }
        return (routes, clusters);
    }

    /// <summary><c>"/api/…"</c> matches every method, <c>"POST /api/…"</c> only that one.</summary>
    private static RouteMatch Match(string path) => path.Split(' ', 2) is [var method, var rest]
        ? new RouteMatch { Methods = [method], Path = rest }
        : new RouteMatch { Path = path };
}
