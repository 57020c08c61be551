using System.Net.Http.Headers;
using Wbs.ServiceDefaults.Auth;

namespace Wbs.ServiceDefaults.Http;

/// <summary>
/// The one delegating handler of calls between services: it forwards the token of the request being
/// served (unless the call carries one already, e.g. the web app's session token) and attaches this
/// service's identity, so the callee knows both who asks and through which service.
/// </summary>
public sealed class PeerCallHandler(IHttpContextAccessor accessor, IServiceTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null
            && accessor.HttpContext?.Request.Headers.Authorization.ToString() is { Length: > 0 } caller
            && AuthenticationHeaderValue.TryParse(caller, out var forwarded))
        {
            request.Headers.Authorization = forwarded;
        }
        request.Headers.Remove(ServiceIdentity.Header);
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.TryAddWithoutValidation(ServiceIdentity.Header, $"Bearer {token}");
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
