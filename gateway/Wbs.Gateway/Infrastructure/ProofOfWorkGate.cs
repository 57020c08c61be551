using System.Globalization;

namespace Wbs.Gateway.Infrastructure;

/// <summary>
/// Anonymous writes (submission, evidence upload, reporters' sign-ins, account creation) answer 428 with a
/// challenge when their tenant's family asks for proof of work and the request carries no valid
/// <c>Proof-Of-Work</c> header; those of a family <see cref="RouteFamily.RefusedUnderPressure"/> (staff sign-in) answer
/// 429 with <c>Retry-After</c> instead. Decided before anything is forwarded, from the path alone. The
/// header travels on, so that Identity can accept the same solved challenge for a username it asks
/// a cost for (with a shared <c>Abuse:ProofOfWork:Key</c>).
/// </summary>
public sealed class ProofOfWorkGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ProofOfWorkPolicy policy, ProofOfWorkChallenges challenges, AbuseMetrics metrics)
    {
        var family = RateLimitingExtensions.FamilyOf(context);
        if (policy.Unlimited || family is null || !family.IsAnonymousWrite(context.Request))
        {
            await next(context);
            return;
        }
        var tenant = RequestTenant.Of(context);
        if (tenant == RequestTenant.Unknown || policy.Arrived(family, tenant) is not { } difficulty)
        {
            await next(context);
            return;
        }
        var check = challenges.Verify(context.Request.Headers[ProofOfWorkChallenges.Header], tenant, family.Name, difficulty);
        if (check.IsValid)
        {
            metrics.Proved(family.Name, tenant);
            await next(context);
            return;
        }
        if (check.Outcome != ProofOfWorkOutcome.Missing)
        {
            metrics.Rejected(family.Name, tenant);
        }
        if (family.RefusedUnderPressure)
        {
            metrics.Throttled(family.Name, tenant);
            var wait = Math.Max(1, Math.Ceiling(policy.RetryAfter(family, tenant).TotalSeconds));
            context.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            await GatewayProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests,
                "Terlalu banyak permintaan masuk untuk instansi ini, coba lagi nanti. / Too many sign-in requests for this agency, try again later.");
            return;
        }
        metrics.Challenged(family.Name, tenant);
        // Never easier than what the caller already solved once: two parties asking cannot make a client go round in circles.
        var asked = Math.Max(difficulty, check.Difficulty);
        var problem = ProofOfWorkProblem.Create(challenges.Issue(tenant, family.Name, asked), asked);
        context.Response.StatusCode = StatusCodes.Status428PreconditionRequired;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
