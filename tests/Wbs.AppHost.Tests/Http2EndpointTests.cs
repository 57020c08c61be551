using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wbs.AppHost.Resources;

namespace Wbs.AppHost.Tests;

/// <summary>
/// The services whose public requests are small offer the gateway a second endpoint that speaks only HTTP/2 without
/// TLS, where it multiplexes their requests; peers and health checks keep HTTP/1.1 on the first.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Http2EndpointTests(AppHostFixture system)
{
    [Theory]
    [InlineData("intake")]
    [InlineData("identity")]
    [InlineData("casemanagement")]
    [InlineData("notification")]
    public async Task A_service_of_small_requests_answers_HTTP2_with_prior_knowledge_on_its_h2c_endpoint_and_HTTP11_on_its_first(string service)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http2 = new HttpClient
        {
            BaseAddress = system.App.GetEndpoint(service, ServiceBuilderExtensions.Http2EndpointName),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var http1 = new HttpClient { BaseAddress = system.App.GetEndpoint(service, "http") };

        using var multiplexed = await http2.GetAsync("/alive", ct);
        using var first = await http1.GetAsync("/alive", ct);

        Assert.Equal((HttpStatusCode.OK, HttpVersion.Version20), (multiplexed.StatusCode, multiplexed.Version));
        Assert.Equal((HttpStatusCode.OK, HttpVersion.Version11), (first.StatusCode, first.Version));
    }

    [Theory]
    [InlineData("evidencestorage")]
    [InlineData("web")]
    public void A_service_of_large_uploads_offers_no_h2c_endpoint(string service)
    {
        var model = system.App.Services.GetRequiredService<DistributedApplicationModel>();
        var endpoints = model.Resources.Single(r => r.Name == service).Annotations.OfType<EndpointAnnotation>().Select(e => e.Name);

        Assert.Equal(["http"], endpoints);
    }
}
