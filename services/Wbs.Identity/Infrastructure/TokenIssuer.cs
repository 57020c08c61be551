using System.Globalization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Wbs.Identity.Infrastructure;

/// <summary>Signs short-lived ES256 access tokens with the active key.</summary>
public sealed class TokenIssuer(SigningKeyRing keys, TimeProvider clock, IOptions<IdentityServiceOptions> options)
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
                .. user.MustChangePassword ? [new Claim(WbsClaims.MustChangePassword, "true")] : Array.Empty<Claim>(),
            ],
            options.Value.Tokens.StaffLifetime, cancellationToken);

    private async Task<IssuedToken> IssueAsync(
        string tenant, string kind, Guid subject, IEnumerable<Claim> extra, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var key = await keys.GetActiveKeyAsync(cancellationToken);
        var issuedAt = clock.GetUtcNow();
        var now = issuedAt.UtcDateTime;
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
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = WbsClaims.Issuer,
            Audience = WbsClaims.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key.PrivateKey, SecurityAlgorithms.EcdsaSha256),
        });
        return new IssuedToken(token, (int)lifetime.TotalSeconds);
    }
}
