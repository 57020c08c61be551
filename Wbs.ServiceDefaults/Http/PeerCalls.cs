namespace Wbs.ServiceDefaults.Http;

/// <summary>The one way a typed client sends to a peer: a peer that does not answer becomes <see cref="PeerUnavailableException"/>.</summary>
public static class PeerCalls
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, string peer,
        CancellationToken cancellationToken, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        try
        {
            return await http.SendAsync(request, completion, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException
            or Polly.CircuitBreaker.BrokenCircuitException && !cancellationToken.IsCancellationRequested)
        {
            throw new PeerUnavailableException(peer, ex);
        }
    }
}
