using System.Net.Http.Headers;

namespace Wbs.Web.Infrastructure.Api;

/// <summary>EvidenceStorage (<c>http://evidencestorage</c>): streamed uploads and staff downloads.</summary>
public sealed class EvidenceClient(HttpClient http, ILogger<EvidenceClient> logger) : ServiceClient(http, logger)
{
    /// <summary>
    /// Streams one file straight from the browser's request to EvidenceStorage: the web app never
    /// holds the whole file, and never writes it to its own disk.
    /// </summary>
    public Task<ApiResult<UploadedEvidence>> UploadAsync(string tenant, string fileName, string? contentType, Stream content,
        CancellationToken cancellationToken)
    {
        var file = new StreamContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{Segment(tenant)}/evidence") { Content = form };
        return SendAsync<UploadedEvidence>(Caller(request, anonymous: true), cancellationToken);
    }

    /// <summary>Opens a file's content with the caller's (staff) session; the caller streams and disposes the answer.</summary>
    public async Task<(HttpResponseMessage? Response, ApiProblem? Problem)> OpenContentAsync(string tenant, Guid evidenceId,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/{Segment(tenant)}/evidence/{evidenceId}/content");
        try
        {
            var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return (response, null);
            }
            using (response)
            {
                return (null, await ReadProblemAsync(response, cancellationToken));
            }
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            Logger.LogWarning(ex, "Evidence download failed");
            return (null, ApiProblem.Unavailable());
        }
    }
}
