namespace Wbs.Intake.Apis;

/// <summary>
/// Lets Identity learn a report it has not heard of yet (its <see cref="ComplaintSubmitted"/> is
/// still in the outbox) the moment a reporter shows the code, so a fresh code works at once.
/// The caller proves knowledge of the code's HMAC digest, which only holders of the platform key
/// can compute; the answer is exactly what <see cref="ComplaintSubmitted"/> tells Identity anyway.
/// The digest travels in the body, never in a path that telemetry records.
/// </summary>
public static class InternalCodeLookupApi
{
    public static IEndpointRouteBuilder MapInternalCodeLookupApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/internal/{tenant}/code-digests").RequireTenant().WithTags("Internal")
            .MapPost("/lookup", LookUp).WithName("LookUpCodeDigest")
            .RequireServiceCaller(ServiceIdentity.Services.Identity);
        return app;
    }

    public static async Task<Results<Ok<CodeDigestMatch>, ProblemHttpResult>> LookUp(
        string tenant, CodeDigestLookup request, IntakeDbContext db, CancellationToken cancellationToken)
    {
        if (request.CodeDigest is not { Length: 64 } digest)
        {
            return Problems.NotFound();
        }
        var match = await db.Complaints.AsNoTracking()
            .Where(c => c.Tenant == tenant && c.CodeDigest == digest)
            .Select(c => new CodeDigestMatch(c.Id, c.TrackingNumber, c.SubmittedAt, c.AccountId))
            .FirstOrDefaultAsync(cancellationToken);
        return match is null ? Problems.NotFound() : TypedResults.Ok(match);
    }
}
