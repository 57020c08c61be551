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
        await using var upload = await HalfSentUpload.StartAsync(_host, "catatan.txt", "text/plain", Evidence(), EvidenceHost.Tenant);

        // Half of the file is in: the service is spooling it.
        await Eventually.TrueAsync(() => Task.FromResult(OpenFiles.Under(_host.TempPath).Count > 0), TimeSpan.FromSeconds(10), "the upload to be spooled");
        AssertNoPlaintext(expectOpenScratch: true);

        Assert.Equal("HTTP/1.1 201 Created", await upload.FinishAsync());
        AssertNoPlaintext(expectOpenScratch: false);
        Assert.NotEmpty(_host.BlobFiles());
    }

    [Fact]
    public async Task VideoUpload_WhileItArrives_IsOnDiskOnlySealed_AndNeverSpooled()
    {
        var video = SampleMedia.Mp4(Evidence(lines: 200_000));
        await using var upload = await HalfSentUpload.StartAsync(_host, "rekaman.mp4", "video/mp4", video, EvidenceHost.OtherTenant);

        // Half of the video is in: it is being sealed into the blob store, with no scratch copy.
        await Eventually.TrueAsync(() => Task.FromResult(OpenFiles.Under(_host.StoragePath).Any(f => OpenFiles.Length(f.Descriptor) >= video.Length / 4)),
            TimeSpan.FromSeconds(10), "the first half to be sealed into the store");
        Assert.Empty(OpenFiles.Under(_host.TempPath));
        AssertNoPlaintext(expectOpenScratch: false);

        Assert.Equal("HTTP/1.1 201 Created", await upload.FinishAsync());
        AssertNoPlaintext(expectOpenScratch: false);
        Assert.Single(_host.BlobFiles());
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

    /// <summary>A multipart upload sent by hand over one connection, stopped halfway so the disk can be looked at mid-upload.</summary>
    private sealed class HalfSentUpload(System.Net.Sockets.TcpClient tcp, Stream stream, byte[] rest) : IAsyncDisposable
    {
        public static async Task<HalfSentUpload> StartAsync(EvidenceHost host, string fileName, string contentType, byte[] file, string tenant)
        {
            var ct = TestContext.Current.CancellationToken;
            const string boundary = "batas-unggah";
            byte[] body = [.. Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\n"
                + $"Content-Type: {contentType}\r\n\r\n"), .. file, .. Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n")];
            var address = host.Client.BaseAddress!;
            var tcp = new System.Net.Sockets.TcpClient();
            await tcp.ConnectAsync(address.Host, address.Port, ct);
            var stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /api/{tenant}/evidence HTTP/1.1\r\nHost: {address.Authority}\r\n"
                + $"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"), ct);
            await stream.WriteAsync(body.AsMemory(0, body.Length / 2), ct);
            await stream.FlushAsync(ct);
            return new HalfSentUpload(tcp, stream, body[(body.Length / 2)..]);
        }

        /// <summary>Sends the second half and answers the response's status line.</summary>
        public async Task<string?> FinishAsync()
        {
            await stream.WriteAsync(rest, TestContext.Current.CancellationToken);
            using var reader = new StreamReader(stream, leaveOpen: true);
            return await reader.ReadLineAsync(TestContext.Current.CancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            await stream.DisposeAsync();
            tcp.Dispose();
        }
    }
}
