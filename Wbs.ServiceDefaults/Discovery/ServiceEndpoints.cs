namespace Wbs.ServiceDefaults.Discovery;

/// <summary>
/// Config-based service discovery with Aspire's convention: <c>services__intake__http__0=http://127.0.0.1:5101</c>
/// makes <c>http://intake</c> reach that address.
/// </summary>
public static class ServiceEndpoints
{
    /// <summary>
    /// The name of a service's second endpoint, which speaks only HTTP/2 without TLS (h2c, "prior knowledge"): the
    /// gateway multiplexes its small requests over a few connections there (see the gateway's <c>ProxyConfigBuilder</c>).
    /// </summary>
    public const string Http2Endpoint = "h2c";

    /// <summary>The service's endpoint of that name (<c>services__{service}__{name}__0</c>), without falling back to another.</summary>
    public static Uri? Named(IConfiguration configuration, string service, string endpointName) =>
        configuration[$"services:{service}:{endpointName}:0"] is { Length: > 0 } value ? new Uri(value) : null;

    public static Uri? Resolve(IConfiguration configuration, string service, string scheme = "http")
    {
        var section = configuration.GetSection($"services:{service}");
        var value = section[$"{scheme}:0"] ?? section["http:0"] ?? section["https:0"];
        return string.IsNullOrWhiteSpace(value) ? null : new Uri(value);
    }

    public static Uri Require(IConfiguration configuration, string service) =>
        Resolve(configuration, service)
        ?? throw new InvalidOperationException($"No endpoint configured for service '{service}' (services__{service}__http__0).");
}
