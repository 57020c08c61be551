namespace Wbs.TestSupport;

/// <summary>Calls to <c>/internal</c> endpoints carry the calling service's identity in its own header.</summary>
public static class ServiceCalls
{
    public const string Header = "Wbs-Service-Authorization";

    /// <summary>Every request of <paramref name="client"/> comes from the service whose token this is.</summary>
    public static HttpClient AsService(this HttpClient client, string serviceToken)
    {
        client.DefaultRequestHeaders.Remove(Header);
        client.DefaultRequestHeaders.TryAddWithoutValidation(Header, $"Bearer {serviceToken}");
        return client;
    }

    public static HttpRequestMessage AsService(this HttpRequestMessage request, string serviceToken)
    {
        request.Headers.TryAddWithoutValidation(Header, $"Bearer {serviceToken}");
        return request;
    }
}
