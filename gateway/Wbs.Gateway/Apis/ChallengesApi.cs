using Microsoft.AspNetCore.Http.HttpResults;

namespace Wbs.Gateway.Apis;

/// <summary><c>GET /api/{tenant}/challenges?for=&lt;route family&gt;</c>: a challenge ahead of the write it is for.</summary>
public static class ChallengesApi
{
    public static IEndpointRouteBuilder MapChallengesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/{tenant}/challenges", IssueChallenge).WithName("IssueChallenge").WithTags("Challenges");
        return app;
    }

    public static Results<Ok<ChallengeResponse>, ValidationProblem, ProblemHttpResult> IssueChallenge(
        string tenant, string? @for, TenantCatalog catalog, ProofOfWorkPolicy policy, ProofOfWorkChallenges challenges)
    {
        if (catalog.Find(tenant) is null)
        {
            return Problems.NotFound("Instansi tidak dikenal. / Unknown agency.");
        }
        if (RouteFamily.WithProofOfWork.FirstOrDefault(f => f.Name == @for) is not { } family)
        {
            var names = string.Join(", ", RouteFamily.WithProofOfWork.Select(f => f.Name));
            return Problems.Validation("for", $"Pilih salah satu: {names}. / Choose one of: {names}.");
        }
        var difficulty = policy.Current(family, tenant);
        return TypedResults.Ok(new ChallengeResponse(challenges.Issue(tenant, family.Name, difficulty), difficulty,
            ProofOfWorkChallenges.Algorithm, family.Name));
    }
}
