namespace Wbs.Gateway.Infrastructure;

/// <summary>Service-to-service endpoints live under <c>/internal</c>; from outside they do not exist.</summary>
public sealed class InternalPathGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        IsInternal(context.Request.Path)
            ? GatewayProblems.WriteAsync(context, StatusCodes.Status404NotFound, "Alamat tidak ditemukan. / Not found.")
            : next(context);

    public static bool IsInternal(PathString path)
    {
        // Leading empty segments ("//internal") must not sneak past the check.
        var value = (path.Value ?? "").TrimStart('/');
        return value.Equals("internal", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("internal/", StringComparison.OrdinalIgnoreCase);
    }
}
