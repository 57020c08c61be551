using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Wbs.ServiceDefaults.Auth;

/// <summary>
/// A staff token issued with a temporary password reaches only endpoints marked
/// <see cref="AllowTemporaryPasswordAttribute"/>; everywhere else it is answered 403, in every
/// service, whatever the web pages do.
/// </summary>
public sealed class TemporaryPasswordResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded && context.User.MustChangePassword()
            && context.GetEndpoint()?.Metadata.GetMetadata<AllowTemporaryPasswordAttribute>() is null)
        {
            return TypedResults.Problem(
                title: "Akses ditolak / Forbidden",
                detail: "Ganti kata sandi sementara terlebih dahulu. / Change the temporary password first.",
                statusCode: StatusCodes.Status403Forbidden,
                type: "https://httpstatuses.io/403").ExecuteAsync(context);
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
