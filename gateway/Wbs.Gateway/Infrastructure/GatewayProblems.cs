namespace Wbs.Gateway.Infrastructure;

/// <summary>The gateway's own refusals, as RFC 9457 problem+json like every service's.</summary>
public static class GatewayProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status503ServiceUnavailable ? "Layanan tidak tersedia / Service unavailable" : null,
                Detail = detail,
            },
        });
    }
}
