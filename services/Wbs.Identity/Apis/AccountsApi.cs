namespace Wbs.Identity.Apis;

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}/accounts").RequireTenant().WithTags("Accounts");
        api.MapPost("/", CreateAccount).WithName("CreateAccount").WithValidation<CreateAccountRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/links", LinkReport).WithName("LinkReport").WithValidation<LinkReportRequest>()
            .RequireAuthorization(WbsPolicies.Account)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    /// <summary>Without a code: a pseudonymous account (account first). With a code: the account follows that report (code first).</summary>
    public static async Task<Results<Created<AccountCreatedResponse>, ProblemHttpResult>> CreateAccount(
        CreateAccountRequest request, ReportLinking linking, HttpContext http, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant().Slug;
        var username = Usernames.Normalize(request.Username);
        var (outcome, account) = await linking.RegisterAsync(tenant, username, request.Password!, request.ComplaintCode, cancellationToken);
        if (outcome != LinkOutcome.Linked)
        {
            return IdentityProblems.For(outcome);
        }
        var reports = await linking.LinkedTrackingNumbersAsync(tenant, account!.Id, cancellationToken);
        return TypedResults.Created($"/api/{tenant}/accounts/{account.Id}", new AccountCreatedResponse(account.Id, account.Username, reports));
    }

    /// <summary>An account follows one more (older) report, proven by its complaint code.</summary>
    public static async Task<Results<Ok<LinkedReportsResponse>, ProblemHttpResult>> LinkReport(
        LinkReportRequest request, ReportLinking linking, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant().Slug;
        if (user.AccountId() is not { } accountId)
        {
            return IdentityProblems.AccountUnknown();
        }
        var outcome = await linking.LinkAsync(tenant, accountId, request.ComplaintCode!, cancellationToken);
        if (outcome != LinkOutcome.Linked)
        {
            return IdentityProblems.For(outcome);
        }
        return TypedResults.Ok(new LinkedReportsResponse(await linking.LinkedTrackingNumbersAsync(tenant, accountId, cancellationToken)));
    }
}
