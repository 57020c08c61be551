using System.Net.Http.Headers;

namespace Wbs.Web.Infrastructure.Api;

/// <summary>
/// The one place the web app's typed clients get the user's token: <c>Authorization: Bearer</c> from the
/// request's <see cref="CallerSession"/>, unless the client marked the call anonymous (sign-in, a new
/// account, the public profile, an upload). Handlers live in their own scope, so the request's holder is
/// found through its <see cref="HttpContext.RequestServices"/>.
/// </summary>
public sealed class CallerTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<bool> AnonymousKey = new("Wbs.Web.Anonymous");

    /// <summary>Marks a call that goes out without the user's token, whoever is signed in.</summary>
    public static HttpRequestMessage Anonymous(HttpRequestMessage request)
    {
        request.Options.Set(AnonymousKey, true);
        return request;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!(request.Options.TryGetValue(AnonymousKey, out var anonymous) && anonymous)
            && accessor.HttpContext?.RequestServices.GetService<CallerSession>()?.AccessToken is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
