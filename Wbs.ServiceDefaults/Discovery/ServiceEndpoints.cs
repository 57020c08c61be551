namespace Wbs.ServiceDefaults.Discovery;

/// <summary>
/// Config-based service discovery with Aspire's convention: <c>services__intake__http__0=http://127.0.0.1:5101</c>
/// makes <c>http://intake</c> reach that address.
/// </summary>
public static class ServiceEndpoints
{
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
