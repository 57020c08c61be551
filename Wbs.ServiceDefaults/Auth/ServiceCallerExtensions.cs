using Microsoft.AspNetCore.Authentication;

namespace Wbs.ServiceDefaults.Auth;

public static class ServiceCallerExtensions
{
    /// <summary>
    /// Only the named services may call: no or an invalid service token → 401, another service's → 403.
    /// The user's token (when the endpoint requires one) is checked as before, independently.
    /// </summary>
    public static TBuilder RequireServiceCaller<TBuilder>(this TBuilder builder, params string[] services)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await context.HttpContext.AuthenticateAsync(ServiceIdentity.Scheme);
            if (!result.Succeeded)
            {
                return Problems.Problems.Unauthorized(
                    "Identitas layanan tidak ada atau tidak sah. / Missing or invalid service identity.");
            }
            var caller = result.Principal.FindFirst(ServiceIdentity.ServiceClaim)?.Value;
            if (caller is null || !services.Contains(caller, StringComparer.Ordinal))
            {
                return Problems.Problems.Forbidden("Layanan ini tidak boleh memanggil titik ini. / This service may not call this endpoint.");
            }
            return await next(context);
        });
}
