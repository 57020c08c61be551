using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Wbs.TestSupport;

namespace Wbs.Gateway.Tests;

/// <summary>A real Kestrel backend that records every request it receives (path, headers, body size).</summary>
public sealed class EchoServer : IAsyncDisposable
{
    private LoopbackServer _server = null!;

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    /// <summary>Requests whose path contains <c>/hold</c> wait here until the test releases them (to keep them in flight).</summary>
    public TaskCompletionSource Hold { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Requests whose path contains <c>/refuse-early</c> are answered 413 problem+json after 1 MiB of body, as EvidenceStorage cuts off an oversize upload.</summary>
    public const string RefuseEarly = "/refuse-early";

    /// <summary>Held requests that have arrived.</summary>
    public int Holding => _holding;

    private int _holding;

    public Uri Address => _server.Address;

    /// <summary>The base address a service name maps to; the prefix tells services apart in <see cref="Received"/>.</summary>
    public string For(string service) => new Uri(Address, $"/{service}").ToString();

    /// <param name="http2Only">Speak only HTTP/2 without TLS, as a service's <c>h2c</c> endpoint does.</param>
    public static async Task<EchoServer> StartAsync(bool http2Only = false)
    {
        var server = new EchoServer();
        server._server = await LoopbackServer.StartAsync(app => app.Run(async context =>
        {
            long size = 0;
            var buffer = new byte[81920];
            int read;
            var refuseEarly = context.Request.Path.Value?.Contains(RefuseEarly, StringComparison.Ordinal) == true;
            while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                size += read;
                if (refuseEarly && size > 1024 * 1024)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    await context.Response.WriteAsJsonAsync(new { title = "Payload Too Large", status = 413, detail = "Berkas melebihi batas 1 MB. / The file exceeds the 1 MB limit." },
                        (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
                    return;
                }
            }
            if (context.Request.Path.Value?.Contains("/hold", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref server._holding);
                await server.Hold.Task.WaitAsync(context.RequestAborted);
            }
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server.Received.Enqueue(new ReceivedRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, size,
                context.Request.Protocol, context.Connection.Id));
            await context.Response.WriteAsJsonAsync(new { path = context.Request.Path.Value });
        }), builder => builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = null;
            if (http2Only)
            {
                k.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http2);
            }
        }));
        return server;
    }

    public ReceivedRequest Single(string pathEndsWith) => Assert.Single(Received, r => r.Path.EndsWith(pathEndsWith, StringComparison.Ordinal));

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, long BodySize,
    string Protocol, string ConnectionId);
