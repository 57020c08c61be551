using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Wbs.Web.Infrastructure.Abuse;

/// <summary>
/// Proof of work for the portal's anonymous form posts (sign-ins, registration, report). The form
/// carries a challenge that a small script solves in the browser, and a delay ticket (its issue
/// time, sealed with Data Protection) that counts as proof once <see cref="FormProofOptions.Delay"/>
/// has passed, so the forms work without JavaScript. Both are single use and bound to tenant and
/// form family; neither says anything about the visitor.
/// </summary>
public sealed class FormProof(
    ProofOfWorkChallenges challenges, SpentChallenges spent, PressureGauge gauge, AbuseMetrics metrics, IDataProtectionProvider protection,
    IOptions<AbuseOptions> abuse, IOptions<FormProofOptions> options, TimeProvider clock)
{
    public const string ChallengeField = "powChallenge";
    public const string NonceField = "powNonce";
    public const string TicketField = "powTicket";

    private readonly IDataProtector _tickets = protection.CreateProtector("wbs-web-delay-ticket");

    private ProofOfWorkOptions Pow => abuse.Value.ProofOfWork;

    /// <param name="demanded">A service's own challenge (its 428) to hand to the browser instead of a fresh one.</param>
    public FormChallenge Issue(string tenant, string family, ApiProblem? demanded = null)
    {
        var (challenge, difficulty) = demanded is { Challenge: { } c, Difficulty: { } d }
            ? (c, d)
            : (challenges.Issue(tenant, family, Pow.BaseDifficulty), Pow.BaseDifficulty);
        var now = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var ticket = _tickets.Protect($"{tenant}\n{family}\n{now}\n{Convert.ToHexString(RandomNumberGenerator.GetBytes(16))}");
        return new(challenge, difficulty, ticket, (int)Math.Ceiling(options.Value.Delay.TotalSeconds));
    }

    public FormProofResult Check(string tenant, string family, string? challenge, string? nonce, string? ticket)
    {
        var header = string.IsNullOrWhiteSpace(challenge) || string.IsNullOrWhiteSpace(nonce) ? null : $"{challenge.Trim()}.{nonce.Trim()}";
        var metricFamily = $"web-{family}";
        var required = !abuse.Value.Unlimited && Pow.Required(gauge.Record(metricFamily, tenant) > options.Value.PermitsPerMinute);
        if (!required)
        {
            // Not asked here; a service that asks for it checks the browser's solution itself.
            return new(true, header, header is null && TicketIsGood(tenant, family, ticket));
        }
        if (header is not null && challenges.Verify(header, tenant, family, Pow.BaseDifficulty).IsValid)
        {
            metrics.Proved(metricFamily, tenant);
            return new(true, header, false);
        }
        if (TicketIsGood(tenant, family, ticket))
        {
            metrics.Proved(metricFamily, tenant);
            return new(true, null, true);
        }
        metrics.Rejected(metricFamily, tenant);
        return FormProofResult.Refused;
    }

    /// <summary>For a visitor without JavaScript who waited: a service's challenge the web app may solve on their behalf.</summary>
    public string? SolveForVisitor(FormProofResult proof, ApiProblem problem, CancellationToken cancellationToken) =>
        proof.ByTicket && problem is { Challenge: { } challenge, Difficulty: { } difficulty } && difficulty <= options.Value.MaxServerSolvedDifficulty
            ? ProofOfWorkChallenges.Solve(challenge, difficulty, cancellationToken)
            : null;

    private bool TicketIsGood(string tenant, string family, string? ticket)
    {
        if (string.IsNullOrWhiteSpace(ticket))
        {
            return false;
        }
        string[] parts;
        try
        {
            parts = _tickets.Unprotect(ticket).Split('\n');
        }
        catch (CryptographicException)
        {
            return false;
        }
        if (parts.Length != 4 || parts[0] != tenant || parts[1] != family
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var issuedAt))
        {
            return false;
        }
        var issued = DateTimeOffset.FromUnixTimeSeconds(issuedAt);
        var age = clock.GetUtcNow() - issued;
        return age >= options.Value.Delay && age <= Pow.Lifetime && spent.TrySpend($"ticket:{parts[3]}", issued + Pow.Lifetime);
    }
}
