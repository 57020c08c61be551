using System.Net.Http.Headers;
using System.Text;

namespace Wbs.AppHost.Resources;

/// <summary>
/// A client of a broker's management HTTP API signed in as one user: the AppHost's health check and user
/// creation, and the test fixtures' brokers, all reach RabbitMQ through it.
/// </summary>
public static class RabbitMQManagement
{
    /// <summary>The API's root on a loopback port (<c>http://127.0.0.1:port/api/</c>).</summary>
    public static Uri Api(int managementPort) => new($"http://127.0.0.1:{managementPort}/api/");

    public static HttpClient Client(Uri api, string user, string password, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = api };
        if (timeout is { } limit)
        {
            client.Timeout = limit;
        }
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return client;
    }
}
