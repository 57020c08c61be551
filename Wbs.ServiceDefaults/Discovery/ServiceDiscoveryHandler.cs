namespace Wbs.ServiceDefaults.Discovery;

/// <summary>Rewrites <c>http://{service}/path</c> to the configured endpoint of that service.</summary>
public sealed class ServiceDiscoveryHandler(IConfiguration configuration) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri && !uri.Host.Contains('.') && uri.Host != "localhost"
            && ServiceEndpoints.Resolve(configuration, uri.Host, uri.Scheme) is { } target)
        {
            request.RequestUri = new UriBuilder(uri) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        }
        return base.SendAsync(request, cancellationToken);
    }
}
