using System.Net.Sockets;

namespace Wbs.Web.Tests;

public sealed class IntakeDownTests
{
    [Fact]
    public async Task TenantPage_WhenIntakeIsUnreachable_Answers503Page()
    {
        // A port nobody listens on.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var web = new ServiceFactory<Program>(new Dictionary<string, string?> { ["services:intake:http:0"] = $"http://127.0.0.1:{port}" });
        using var client = web.CreateClient();

        using var response = await client.GetAsync("/banjarnegara", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Layanan sementara tidak tersedia", html);
    }
}
