using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wbs.Gateway.Tests;

/// <summary>A real Kestrel backend that records every request it receives (path, headers, body size).</summary>
public sealed class EchoServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoServer(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public Uri Address { get; private set; } = null!;

    /// <summary>The base address a service name maps to; the prefix tells services apart in <see cref="Received"/>.</summary>
    public string For(string service) => new Uri(Address, $"/{service}").ToString();

    public static async Task<EchoServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        var app = builder.Build();
        var server = new EchoServer(app);
        app.Run(async context =>
        {
            long size = 0;
            var buffer = new byte[81920];
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                size += read;
            }
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server.Received.Enqueue(new ReceivedRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, size));
            await context.Response.WriteAsJsonAsync(new { path = context.Request.Path.Value });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address);
        return server;
    }

    public ReceivedRequest Single(string pathEndsWith) => Assert.Single(Received, r => r.Path.EndsWith(pathEndsWith, StringComparison.Ordinal));

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, long BodySize);
