using System.Net.Http.Headers;
using System.Text.Json;
using Polly.Timeout;
using Wbs.ServiceDefaults.Http;

namespace Wbs.Web.Infrastructure.Api;

/// <summary>
/// Calls one service (found through service discovery) and turns every answer into an <see cref="ApiResult{T}"/>:
/// pages never see exceptions or raw bodies. The user's own access token is added by <see cref="CallerTokenHandler"/>
/// from the request's <see cref="CallerSession"/>; a call marked <c>anonymous</c> goes out without it.
/// </summary>
public abstract class ServiceClient(HttpClient http, ILogger logger)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected HttpClient Http => http;

    protected ILogger Logger => logger;

    protected static string Segment(string value) => Uri.EscapeDataString(value);

    protected Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken, bool anonymous = false) =>
        SendAsync<T>(Caller(new HttpRequestMessage(HttpMethod.Get, path), anonymous), cancellationToken);

    /// <param name="proof">The visitor's solved challenge, sent on as the <c>Proof-Of-Work</c> header.</param>
    protected Task<ApiResult<T>> PostAsync<T>(string path, object body, CancellationToken cancellationToken,
        string? idempotencyKey = null, string? proof = null, bool anonymous = false)
    {
        var request = Caller(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) }, anonymous);
        if (idempotencyKey is not null)
        {
            request.Headers.Add(IdempotencyKey.Header, idempotencyKey);
        }
        if (proof is not null)
        {
            request.Headers.TryAddWithoutValidation(ProofOfWorkChallenges.Header, proof);
        }
        return SendAsync<T>(request, cancellationToken);
    }

    /// <summary>An anonymous call goes out without the signed-in user's token (see <see cref="CallerTokenHandler"/>).</summary>
    protected static HttpRequestMessage Caller(HttpRequestMessage request, bool anonymous) =>
        anonymous ? CallerTokenHandler.Anonymous(request) : request;

    protected async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var _ = request;
        // The texts a service writes itself (a report's timeline) come back in the reader's language.
        if (request.Headers.AcceptLanguage.Count == 0)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(Lang.Current));
        }
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return ApiResult<T>.Failure(await ReadProblemAsync(response, cancellationToken));
            }
            if (typeof(T) == typeof(NoContent))
            {
                return ApiResult<T>.Success((T)(object)new NoContent());
            }
            if (typeof(T) == typeof(byte[]))
            {
                return ApiResult<T>.Success((T)(object)await response.Content.ReadAsByteArrayAsync(cancellationToken));
            }
            if (typeof(T) == typeof(string))
            {
                return ApiResult<T>.Success((T)(object)await response.Content.ReadAsStringAsync(cancellationToken));
            }
            var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
            return value is null ? ApiResult<T>.Failure(ApiProblem.Unavailable()) : ApiResult<T>.Success(value);
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            // The path may name a tracking number but never a code; the message stays generic.
            logger.LogWarning(ex, "Service call {Method} to {Service} failed", request.Method, request.RequestUri?.Host);
            return ApiResult<T>.Failure(ApiProblem.Unavailable());
        }
    }

    protected static bool IsUnavailable(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or TimeoutRejectedException or JsonException
        || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    public static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        string? detail = null;
        string? challenge = null;
        int? difficulty = null;
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        try
        {
            if (response.Content.Headers.ContentType?.MediaType is { } media && media.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
                var root = doc.RootElement;
                if (root.ValueKind == JsonValueKind.Object)
                {
                    if (root.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String)
                    {
                        detail = d.GetString();
                    }
                    if (status == StatusCodes.Status428PreconditionRequired
                        && root.TryGetProperty("challenge", out var c) && c.ValueKind == JsonValueKind.String
                        && root.TryGetProperty("difficulty", out var n) && n.TryGetInt32(out var bits))
                    {
                        (challenge, difficulty) = (c.GetString(), bits);
                    }
                    if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var field in e.EnumerateObject())
                        {
                            errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                                ? [.. field.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => Lang.FromService(v.GetString()))]
                                : [];
                        }
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A body that is not problem+json: the status alone decides the message.
        }
        // A service's proof-of-work text speaks of headers; the visitor gets the page's own words.
        var message = string.IsNullOrWhiteSpace(detail) || status == StatusCodes.Status428PreconditionRequired ? ApiProblem.DefaultMessage(status) : Lang.FromService(detail);
        return new ApiProblem(status, message, errors, challenge, difficulty);
    }
}
