using System.Collections.Concurrent;
using System.Security.Claims;
using Wbs.Contracts;

namespace Wbs.ServiceDefaults.Auth;

/// <summary>
/// The revocations still in force, in memory: per subject the instant before which its tokens are
/// void, and single revoked sessions. Fed by <see cref="SessionsRevoked"/> events (each instance has
/// its own queue) and primed at start from Identity; entries fall away once every token they could
/// concern has expired, so the set stays small. Until primed, an instance refuses tokens issued
/// before it started: it cannot know whether they were revoked while it was not listening (a host
/// whose clock runs ahead refuses a little more until primed, which is the safe side).
/// <c>Auth:Revocations:StartPrimed</c> skips that for hosts with no Identity to ask; it defaults to
/// true only with a static <c>Auth:Jwks</c> (tests), never in a deployment that discovers Identity.
/// </summary>
public sealed class SessionRevocations(TimeProvider clock, bool startPrimed = false)
{
    private readonly ConcurrentDictionary<(string Tenant, Guid Subject), SessionsRevoked> _subjects = new();
    private readonly ConcurrentDictionary<Guid, SessionsRevoked> _sessions = new();
    private readonly DateTimeOffset _startedAt = clock.GetUtcNow();
    private volatile bool _primed = startPrimed;

    public bool IsPrimed => _primed;

    public static SessionRevocations Create(IServiceProvider services)
    {
        var config = services.GetRequiredService<IConfiguration>();
        var startPrimed = config.GetValue<bool?>("Auth:Revocations:StartPrimed") ?? config["Auth:Jwks"] is { Length: > 0 };
        return new SessionRevocations(services.GetService<TimeProvider>() ?? TimeProvider.System, startPrimed);
    }

    public void Apply(SessionsRevoked revocation)
    {
        if (revocation.SessionId is { } session)
        {
            _sessions[session] = revocation;
        }
        else
        {
            _subjects.AddOrUpdate((revocation.Tenant, revocation.SubjectId), revocation,
                (_, existing) => existing.RevokedBefore >= revocation.RevokedBefore ? existing : revocation);
        }
        Prune();
    }

    public void Prime(IEnumerable<SessionsRevoked> active)
    {
        foreach (var revocation in active)
        {
            Apply(revocation);
        }
        _primed = true;
    }

    /// <summary>Whether a validated token is void: revoked by subject or session, or unknowable before priming.</summary>
    public bool IsRevoked(ClaimsPrincipal principal)
    {
        var issuedAt = IssuedAt(principal);
        if (!_primed && (issuedAt is null || issuedAt < _startedAt))
        {
            return true;
        }
        if (Guid.TryParse(principal.FindFirst(WbsClaims.SessionId)?.Value, out var sid) && _sessions.ContainsKey(sid))
        {
            return true;
        }
        return principal.FindFirst(WbsClaims.Tenant)?.Value is { } tenant
            && Guid.TryParse(principal.FindFirst(WbsClaims.Subject)?.Value, out var subject)
            && _subjects.TryGetValue((tenant, subject), out var revoked)
            && (issuedAt is null || issuedAt < revoked.RevokedBefore);
    }

    /// <summary>Millisecond issue time when the token carries it (Identity's do), else the JWT's second-precision <c>iat</c>.</summary>
    private static DateTimeOffset? IssuedAt(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirst(WbsClaims.IssuedAtMs)?.Value, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
        : long.TryParse(principal.FindFirst("iat")?.Value, out var s) ? DateTimeOffset.FromUnixTimeSeconds(s)
        : null;

    private void Prune()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, value) in _subjects)
        {
            if (value.ExpiresAt < now)
            {
                _subjects.TryRemove(key, out _);
            }
        }
        foreach (var (key, value) in _sessions)
        {
            if (value.ExpiresAt < now)
            {
                _sessions.TryRemove(key, out _);
            }
        }
    }
}
