using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Web.Infrastructure.Api;
using Wbs.Web.Infrastructure.Sessions;

namespace Wbs.Web.Tests;

/// <summary>The web clients' one handler: the session the page chose goes out as the bearer token, an anonymous call without it.</summary>
public sealed class CallerTokenHandlerTests
{
    [Fact]
    public async Task The_chosen_session_goes_out_as_the_bearer_token()
    {
        var http = Request();
        CallerSession.Of(http).Use(Ticket("staff-token"));

        var sent = await SendAsync(http, new HttpRequestMessage(HttpMethod.Get, "http://casemanagement/api/komdigi/cases"));

        Assert.Equal("Bearer staff-token", sent.Headers.Authorization?.ToString());
    }

    [Fact]
    public async Task An_anonymous_call_and_a_request_without_session_carry_no_token()
    {
        var signedIn = Request();
        CallerSession.Of(signedIn).Use(Ticket("reporter-token"));

        var anonymous = await SendAsync(signedIn,
            CallerTokenHandler.Anonymous(new HttpRequestMessage(HttpMethod.Post, "http://identity/api/komdigi/sessions")));
        var noSession = await SendAsync(Request(), new HttpRequestMessage(HttpMethod.Get, "http://intake/api/komdigi/profile"));

        Assert.Null(anonymous.Headers.Authorization);
        Assert.Null(noSession.Headers.Authorization);
    }

    [Fact]
    public async Task A_new_session_written_replaces_the_token_for_the_rest_of_the_request()
    {
        var http = Request();
        CallerSession.Of(http).Use(Ticket("old-token"));
        var sessions = new SessionCookies(new EphemeralDataProtectionProvider(), TimeProvider.System, new ConfigurationBuilder().Build());
        var issued = Jwt();

        sessions.Write(http, "komdigi", SessionKind.Staff, issued, 900);
        var sent = await SendAsync(http, new HttpRequestMessage(HttpMethod.Get, "http://casemanagement/api/komdigi/cases"));

        Assert.Equal($"Bearer {issued}", sent.Headers.Authorization?.ToString());
    }

    private static DefaultHttpContext Request() => new()
    {
        RequestServices = new ServiceCollection().AddScoped<CallerSession>().BuildServiceProvider().CreateScope().ServiceProvider,
    };

    private static SessionTicket Ticket(string token) => new(token, "staff", DateTimeOffset.UtcNow.AddMinutes(10), null, [], null);

    /// <summary>An unsigned token with a kind claim: the cookie reads claims, the services (not here) check signatures.</summary>
    private static string Jwt() => $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Base64Url("{\"kind\":\"staff\"}")}.";

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task<HttpRequestMessage> SendAsync(HttpContext http, HttpRequestMessage request)
    {
        var capture = new Capture();
        using var invoker = new HttpMessageInvoker(new CallerTokenHandler(new HttpContextAccessor { HttpContext = http }) { InnerHandler = capture });
        using var _ = await invoker.SendAsync(request, TestContext.Current.CancellationToken);
        return capture.Request!;
    }

    private sealed class Capture : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }
}
