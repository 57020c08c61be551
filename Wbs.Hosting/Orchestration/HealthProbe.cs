namespace Wbs.Hosting.Orchestration;

internal static class HealthProbe
{
    public static async Task<(bool Healthy, string Report)> ProbeAsync(HttpClient http, string baseUrl, CancellationToken token)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            using var response = await http.GetAsync($"{baseUrl}/health", timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return (response.IsSuccessStatusCode, $"{(int)response.StatusCode} {Trim(body)}");
        }
        catch (HttpRequestException e)
        {
            return (false, e.Message);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return (false, "no answer within 5 s");
        }
        catch (OperationCanceledException)
        {
            return (false, "stopping");
        }
    }

    private static string Trim(string body) => body.Length > 200 ? body[..200] : body;
}
