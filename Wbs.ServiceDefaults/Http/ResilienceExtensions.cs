namespace Wbs.ServiceDefaults.Http;

public static class ResilienceExtensions
{
    public static IHttpClientBuilder AddStandardResilienceHandler(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler(() => new ResilienceHandler());
}
