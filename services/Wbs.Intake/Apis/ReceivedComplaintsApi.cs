using System.Security.Claims;

namespace Wbs.Intake.Apis;

/// <summary>
/// Reports received by letter, phone, e-mail or in person, entered by staff. Intake serves
/// <c>POST /api/{tenant}/cases</c> because it issues codes and keeps reports; the gateway sends that
/// one method and path here and everything else under <c>/cases</c> to CaseManagement.
/// </summary>
public static class ReceivedComplaintsApi
{
    public static IEndpointRouteBuilder MapReceivedComplaintsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/{tenant}/cases").RequireTenant().RequireAuthorization(WbsPolicies.Staff).WithTags("Complaints")
            .MapPost("/", EnterComplaint)
            .WithName("EnterReceivedComplaint")
            .WithSummary("Enters a report received by letter, phone, e-mail or in person (verifier, supervisor, admin).")
            .WithValidation<ReceivedComplaintRequest>();
        return app;
    }

    public static async Task<Results<Created<ReceivedComplaintCreated>, ProblemHttpResult, ValidationProblem>> EnterComplaint(
        string tenant,
        ReceivedComplaintRequest request,
        [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        ClaimsPrincipal user,
        HttpContext http,
        ComplaintSubmitter submitter,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!user.May(RoleMatrix.EnterReceivedReports))
        {
            return Problems.Forbidden(
                "Hanya verifikator, supervisor atau admin yang dapat mencatat laporan. / Only verifiers, supervisors and admins enter reports.");
        }
        if (idempotencyKey is { Length: 0 or > ComplaintsApi.MaxIdempotencyKeyLength })
        {
            return ComplaintsApi.BadIdempotencyKey();
        }
        var now = clock.GetUtcNow();
        var receivedAt = request.ReceivedAt is { } at && at < now ? at : now;
        var entry = new StaffEntry(request.Channel!, receivedAt, user.SubjectId(), user.FindFirst(WbsClaims.Name)?.Value);

        SubmissionOutcome outcome;
        try
        {
            outcome = await submitter.SubmitAsync(http.Tenant(), request, idempotencyKey, accountId: null, entry, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return ComplaintsApi.EvidenceUnavailable();
        }
        return outcome switch
        {
            SubmissionOutcome.Accepted { Answer: var a } => TypedResults.Created($"/api/{tenant}/cases/{a.TrackingNumber}",
                new ReceivedComplaintCreated(a.ComplaintId, a.TrackingNumber, a.ComplaintCode, entry.Channel, a.SubmittedAt, a.ResponseDueAt)),
            _ => ComplaintsApi.Refused(outcome),
        };
    }
}
