using System.Net.Http.Headers;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>
/// A marker inside an uploaded file is found nowhere on disk: not in the service's blob and scratch
/// folders, not in the (unlinked) scratch files the process holds open while the upload streams in
/// or while staff download it, and no scratch file has a name that a <c>kill -9</c> would leave behind.
/// </summary>
public sealed class NoPlaintextOnDiskTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Marker = "PenandaRahasia-5J2W";
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra, realHttp: true);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private static byte[] Evidence(int lines = 8000) => Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat($"Bukti: {Marker}\n", lines)));

    [Fact]
    public async Task Upload_WhileStreamingAndAfter_MarkerIsInNoFileOnDisk()
    {
        var ct = TestContext.Current.CancellationToken;
        const string boundary = "batas-unggah";
        var body = new MemoryStream();
        body.Write(Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"catatan.txt\"\r\nContent-Type: text/plain\r\n\r\n"));
        body.Write(Evidence());
        body.Write(Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n"));
        var bytes = body.ToArray();
        var address = _host.Client.BaseAddress!;
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, ct);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /api/{EvidenceHost.Tenant}/evidence HTTP/1.1\r\nHost: {address.Authority}\r\n"
            + $"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n"), ct);

        // Half of the file is in: the service is spooling it.
        await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), ct);
        await stream.FlushAsync(ct);
        await Eventually.TrueAsync(() => Task.FromResult(OpenFiles.Under(_host.TempPath).Count > 0), TimeSpan.FromSeconds(10), "the upload to be spooled");
        AssertNoPlaintext(expectOpenScratch: true);

        await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2), ct);
        using var reader = new StreamReader(stream);
        var statusLine = await reader.ReadLineAsync(ct);
        Assert.Equal("HTTP/1.1 201 Created", statusLine);
        AssertNoPlaintext(expectOpenScratch: false);
        Assert.NotEmpty(_host.BlobFiles());
    }

    [Fact]
    public async Task StaffDownload_WhileStreaming_MarkerIsInNoFileOnDisk_ButReachesStaff()
    {
        // Far more than socket buffers hold: while staff have not read it all, the service is still sending it.
        var uploaded = await _host.UploadOkAsync("catatan.txt", Evidence(lines: 800_000), "text/plain", EvidenceHost.OtherTenant);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/{EvidenceHost.OtherTenant}/evidence/{uploaded.EvidenceId}/content");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _host.StaffToken(EvidenceHost.OtherTenant, "verifier"));

        using var response = await _host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoPlaintext(expectOpenScratch: true);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.True(SampleFiles.Contains(body, Marker), "staff receive the evidence itself");
        AssertNoPlaintext(expectOpenScratch: false);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ScratchFolder_IsOnlyForTheServiceUser()
    {
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_host.TempPath));
    }

    private void AssertNoPlaintext(bool expectOpenScratch)
    {
        // Nothing with a name: what a crash would leave behind is only the sealed blobs.
        Assert.Empty(_host.ScratchFiles());
        foreach (var file in _host.BlobFiles())
        {
            Assert.False(SampleFiles.Contains(File.ReadAllBytes(file), Marker), $"{file} holds the marker in plaintext");
        }
        var open = OpenFiles.Under(_host.TempPath);
        if (expectOpenScratch)
        {
            Assert.NotEmpty(open);
        }
        foreach (var (descriptor, target) in open)
        {
            var bytes = File.ReadAllBytes(descriptor);
            Assert.False(SampleFiles.Contains(bytes, Marker), $"open scratch file {target} holds the marker in plaintext");
        }
    }
}
