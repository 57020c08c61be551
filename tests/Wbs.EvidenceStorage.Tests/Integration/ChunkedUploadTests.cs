using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>
/// An upload sent in chunks (no <c>Content-Length</c> the service could refuse up front) that passes
/// the tenant's documents limit is answered 413 problem+json as soon as the limit is passed, without
/// waiting for a body that may never end, and leaves no row, blob or scratch file.
/// </summary>
public sealed class ChunkedUploadTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Boundary = "batas-potongan";
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra, realHttp: true);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ChunkedDocumentOverTheLimit_Answers413Problem_BeforeTheBodyEnds_AndKeepsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var address = _host.Client.BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, ct);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /api/{EvidenceHost.Tenant}/evidence HTTP/1.1\r\nHost: {address.Authority}\r\n"
            + $"Content-Type: multipart/form-data; boundary={Boundary}\r\nTransfer-Encoding: chunked\r\n\r\n"), ct);
        await WriteChunkAsync(stream, Encoding.ASCII.GetBytes(
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"catatan.txt\"\r\nContent-Type: text/plain\r\n\r\n"), ct);
        // Three times the documents limit of plain text, and then the body simply does not go on.
        // Sent beside the reading: a service that closed the connection instead of answering must show as such below.
        var sending = Task.Run(async () =>
        {
            var lines = Enumerable.Repeat(Encoding.ASCII.GetBytes("Catatan rapat yang sangat panjang.\n"), 64).SelectMany(l => l).ToArray();
            try
            {
                for (long sent = 0; sent <= 3 * EvidenceHost.SmallLimit; sent += lines.Length)
                {
                    await WriteChunkAsync(stream, lines, ct);
                }
                await stream.FlushAsync(ct);
            }
            catch (IOException)
            {
            }
        }, ct);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        Assert.StartsWith("HTTP/1.1 413 ", await reader.ReadLineAsync(timeout.Token));
        var headers = new List<string>();
        while (await reader.ReadLineAsync(timeout.Token) is { Length: > 0 } header)
        {
            headers.Add(header);
        }
        Assert.Contains(headers, h => h.StartsWith("Content-Type: application/problem+json", StringComparison.OrdinalIgnoreCase));
        string? body;
        while ((body = await reader.ReadLineAsync(timeout.Token)) is not null && !body.Contains("\"status\":413", StringComparison.Ordinal))
        {
        }
        Assert.NotNull(body);
        // The documents limit (300,000 bytes) is named in MB, in both languages.
        Assert.Matches(@"batas 0[.,]29 MB", body);
        Assert.Matches(@"0[.,]29 MB limit", body);
        await sending;

        Assert.Equal(0, await _host.WithDbAsync(db => db.Evidence.CountAsync(ct)));
        Assert.Empty(_host.BlobFiles());
        await Eventually.TrueAsync(() => Task.FromResult(_host.ScratchFiles().Length == 0 && OpenFiles.Under(_host.TempPath).Count == 0),
            TimeSpan.FromSeconds(10), "the spooled part to be deleted");
    }

    private static async Task WriteChunkAsync(Stream stream, byte[] chunk, CancellationToken ct)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n"), ct);
        await stream.WriteAsync(chunk, ct);
        await stream.WriteAsync("\r\n"u8.ToArray(), ct);
    }
}
