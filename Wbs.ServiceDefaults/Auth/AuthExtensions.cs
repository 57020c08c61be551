using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;
using Wbs.ServiceDefaults.Discovery;

namespace Wbs.ServiceDefaults.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// Every service validates tokens itself: signature against Identity's published keys (JWKS,
    /// refreshed automatically, so rotated keys are picked up), issuer, audience and lifetime.
    /// <c>Auth:Jwks</c> (a JSON Web Key Set) replaces discovery where Identity is not reachable, e.g. in tests.
    /// A valid token is still refused when its session or subject was revoked (<see cref="SessionRevocations"/>),
    /// and a temporary-password staff token reaches only endpoints that allow it (<see cref="TemporaryPasswordResultHandler"/>).
    /// </summary>
    public static IHostApplicationBuilder AddWbsAuthentication(this IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.RequireHttpsMetadata = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = WbsClaims.Issuer,
                ValidAudience = WbsClaims.Audience,
                NameClaimType = WbsClaims.Name,
                RoleClaimType = WbsClaims.Role,
                ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256],
                // Tolerates small clock drift between instances; Auth:ClockSkew narrows it (tests of expiry).
                ClockSkew = config.GetValue("Auth:ClockSkew", TimeSpan.FromSeconds(30)),
            };
            if (config["Auth:Jwks"] is { Length: > 0 } jwks)
            {
                options.TokenValidationParameters.IssuerSigningKeys = new JsonWebKeySet(jwks).GetSigningKeys();
            }
            else
            {
                options.Authority = config["Auth:Authority"]
                    ?? ServiceEndpoints.Resolve(config, "identity")?.ToString().TrimEnd('/');
            }
            options.Events = new JwtBearerEvents
            {
                // A token without a known kind or tenant is no WBS token, whatever signed it.
                OnTokenValidated = ctx =>
                {
                    var kind = ctx.Principal?.FindFirst(WbsClaims.Kind)?.Value;
                    if (kind is not (WbsClaims.Kinds.Code or WbsClaims.Kinds.Account or WbsClaims.Kinds.Staff)
                        || ctx.Principal?.FindFirst(WbsClaims.Tenant) is null)
                    {
                        ctx.Fail("Unknown token kind or tenant.");
                    }
                    else if (ctx.HttpContext.RequestServices.GetRequiredService<SessionRevocations>().IsRevoked(ctx.Principal!))
                    {
                        ctx.Fail("The session was revoked.");
                    }
                    return Task.CompletedTask;
                },
            };
        });

        builder.Services.TryAddSingleton(SessionRevocations.Create);
        builder.Services.TryAddScoped<ISessionRevocationSource, BrokerSessionRevocationSource>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, TemporaryPasswordResultHandler>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(WbsPolicies.Reporter, p => p.RequireClaim(WbsClaims.Kind, WbsClaims.Kinds.Code, WbsClaims.Kinds.Account))
            .AddPolicy(WbsPolicies.Account, p => p.RequireClaim(WbsClaims.Kind, WbsClaims.Kinds.Account))
            .AddPolicy(WbsPolicies.Staff, p => p.RequireClaim(WbsClaims.Kind, WbsClaims.Kinds.Staff))
            .AddRoleMatrixPolicies();
        return builder;
    }
}
