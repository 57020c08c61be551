using Microsoft.AspNetCore.Http.HttpResults;

namespace Wbs.ServiceDefaults.Problems;

/// <summary>
/// The one factory of RFC 9457 problem+json answers, Indonesian first and English second (titles come
/// from <see cref="ProblemTitles"/>). The status rule: <b>400</b> when the request alone is wrong (a field
/// missing, malformed, out of range or not one of the allowed values; a body that is not JSON); <b>422</b>
/// when the request is well-formed but names something the service cannot accept now (an unknown
/// complaint code, evidence of another tenant or attached elsewhere, an unknown or disabled assignee, an
/// idempotency key reused for another report, a file that cannot be cleaned).
/// </summary>
public static class Problems
{
    /// <summary>400 with the invalid fields, each with its messages (the validation filter's answer).</summary>
    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: ProblemTitles.For(StatusCodes.Status400BadRequest));

    /// <summary>400 for one invalid field.</summary>
    public static ValidationProblem Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult BadRequest(string? detail = null) =>
        Problem(StatusCodes.Status400BadRequest, detail ?? "Permintaan tidak valid. / The request is not valid.");

    public static ProblemHttpResult Unauthorized(string? detail = null) =>
        Problem(StatusCodes.Status401Unauthorized, detail ?? "Token tidak sah atau kedaluwarsa. / Invalid or expired token.");

    public static ProblemHttpResult Forbidden(string? detail = null) =>
        Problem(StatusCodes.Status403Forbidden, detail ?? "Anda tidak berwenang untuk ini. / You are not allowed to do this.");

    public static ProblemHttpResult NotFound(string? detail = null) =>
        Problem(StatusCodes.Status404NotFound, detail ?? "Tidak ditemukan. / Not found.");

    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        Problem(StatusCodes.Status409Conflict, detail, extensions);

    public static ProblemHttpResult TooLarge(string detail) => Problem(StatusCodes.Status413PayloadTooLarge, detail);

    public static ProblemHttpResult UnsupportedMediaType(string detail) => Problem(StatusCodes.Status415UnsupportedMediaType, detail);

    /// <summary>422; <paramref name="errors"/>, when given, name the fields that refer to what cannot be accepted.</summary>
    public static ProblemHttpResult Unprocessable(string detail, IDictionary<string, string[]>? errors = null,
        IDictionary<string, object?>? extensions = null)
    {
        if (errors is null)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, detail, extensions);
        }
        var problem = new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status422UnprocessableEntity, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult TooManyRequests(string detail) => Problem(StatusCodes.Status429TooManyRequests, detail);

    public static ProblemHttpResult Unavailable(string? detail = null) =>
        Problem(StatusCodes.Status503ServiceUnavailable, detail ?? "Layanan sedang tidak tersedia; coba lagi nanti. / The service is unavailable; try again later.");

    public static ProblemHttpResult Problem(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: status, detail: detail, extensions: extensions);
}
