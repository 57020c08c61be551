using System.Globalization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Wbs.Identity.Infrastructure;

/// <summary>Signs short-lived ES256 access tokens with the active key.</summary>
public sealed class TokenIssuer(SigningKeyRing keys, TimeProvider clock, IOptions<IdentityServiceOptions> options,
    IOptions<ServiceIdentityOptions> serviceOptions)
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public Task<IssuedToken> ForCodeAsync(Report report, CancellationToken cancellationToken) =>
        IssueAsync(report.Tenant, WbsClaims.Kinds.Code, report.ComplaintId,
            [new(WbsClaims.ComplaintId, report.ComplaintId.ToString()), new(WbsClaims.TrackingNumber, report.TrackingNumber)],
            options.Value.Tokens.ReporterLifetime, cancellationToken);

    public Task<IssuedToken> ForAccountAsync(ReporterAccount account, CancellationToken cancellationToken) =>
        IssueAsync(account.Tenant, WbsClaims.Kinds.Account, account.Id, [], options.Value.Tokens.ReporterLifetime, cancellationToken);

    public Task<IssuedToken> ForStaffAsync(StaffUser user, CancellationToken cancellationToken) =>
        IssueAsync(user.Tenant, WbsClaims.Kinds.Staff, user.Id,
            [
                new(WbsClaims.Name, user.Username),
                .. user.Roles.Select(r => new Claim(WbsClaims.Role, r)),
                // A temporary password or an enrolment TOTP secret: the token serves only to replace them.
                .. user.MustChangePassword || user.MustEnrolTotp ? [new Claim(WbsClaims.MustChangePassword, "true")] : Array.Empty<Claim>(),
            ],
            options.Value.Tokens.StaffLifetime, cancellationToken);

    /// <summary>A service identity (client credentials): no tenant, no user, good only for <c>/internal</c> endpoints.</summary>
    public Task<IssuedToken> ForServiceAsync(string service, CancellationToken cancellationToken) =>
        SignAsync(ServiceIdentity.Audience,
            [
                new(WbsClaims.Subject, $"service:{service}"),
                new(WbsClaims.Kind, ServiceIdentity.Kind),
                new(ServiceIdentity.ServiceClaim, service),
                new("jti", Guid.NewGuid().ToString("N")),
            ],
            serviceOptions.Value.TokenLifetime, cancellationToken);

    private Task<IssuedToken> IssueAsync(
        string tenant, string kind, Guid subject, IEnumerable<Claim> extra, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var issuedAt = clock.GetUtcNow();
        Claim[] claims =
        [
            new(WbsClaims.Subject, subject.ToString()),
            new(WbsClaims.Tenant, tenant),
            new(WbsClaims.Kind, kind),
            new("jti", Guid.NewGuid().ToString("N")),
            new(WbsClaims.SessionId, Guid.NewGuid().ToString()),
            new(WbsClaims.IssuedAtMs, issuedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64),
            .. extra,
        ];
        return SignAsync(WbsClaims.Audience, claims, lifetime, cancellationToken);
    }

    private async Task<IssuedToken> SignAsync(string audience, Claim[] claims, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var key = await keys.GetActiveKeyAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = WbsClaims.Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key.PrivateKey, SecurityAlgorithms.EcdsaSha256),
        });
        return new IssuedToken(token, (int)lifetime.TotalSeconds);
    }
}
