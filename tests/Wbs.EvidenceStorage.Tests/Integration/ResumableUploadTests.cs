using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using Wbs.EvidenceStorage.Tests.Producers;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>
/// Resumable uploads (tus 1.0.0) over real connections: a PATCH cut off mid-way keeps what arrived and the
/// upload resumes from the offset HEAD tells; the finished file goes through the same checks and cleaning as
/// <c>POST /evidence</c>; a paused upload is sealed on disk; idle uploads expire with the service's clock.
/// </summary>
public sealed class ResumableUploadTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Marker = "PenandaJeda-4T8N";
    private const string OffsetOctetStream = "application/offset+octet-stream";
    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);
    private EvidenceHost _host = null!;
    private readonly string _folder = Directory.CreateTempSubdirectory("wbs-resumable-").FullName;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra, new Dictionary<string, string?>
    {
        ["Evidence:Resumable:OpenUploadsPerTenant"] = "3",
    }, realHttp: true);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GpsPhoto_PatchCutOffMidWay_ResumesFromHeadOffset_AndIsStoredCleaned()
    {
        var photo = await ProducedSamples.PhotoAsync(_folder, "640x480");
        Assert.Contains(Exiftool.Identifying(await Exiftool.ReadAsync(photo, ".jpg", _folder), ProducedSamples.Marker), t => t.Contains("GPS"));
        var location = await CreateOkAsync(photo.Length, "foto.jpg", "image/jpeg", EvidenceHost.OtherTenant);

        // Half of the photo goes out on a raw connection that then dies without a goodbye (RST), as a phone losing its signal.
        var sent = photo.Length / 2;
        using (var tcp = await StartPatchAsync(location, photo, sent))
        {
            await Eventually.TrueAsync(async () => await OffsetAsync(location) > 0, TimeSpan.FromSeconds(10), "bytes of the cut-off PATCH to arrive");
            tcp.Client.LingerState = new LingerOption(true, 0);
        }

        using var response = await ResumeAsync(location, photo, atMost: sent);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        var uploaded = System.Text.Json.JsonSerializer.Deserialize<UploadResult>(body, WebJson)!;
        Assert.Equal($"/api/{EvidenceHost.OtherTenant}/evidence/{uploaded.EvidenceId}/content", response.Headers.Location?.OriginalString);
        Assert.Equal(photo.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "Upload-Offset"));
        Assert.Equal("foto.jpg", uploaded.FileName);
        Assert.Contains("lokasi GPS", uploaded.MetadataRemoved);
        Assert.Contains("GPS location", uploaded.MetadataRemovedEn);

        using var download = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(EvidenceHost.OtherTenant, "verifier"), EvidenceHost.OtherTenant);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var downloaded = await download.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(uploaded.Sha256, Convert.ToHexStringLower(SHA256.HashData(downloaded)));
        Assert.Empty(Exiftool.Identifying(await Exiftool.ReadAsync(downloaded, ".jpg", _folder), ProducedSamples.Marker));

        // A client whose connection dropped while the file was cleaned asks again and hears the same answer.
        using var again = await SendAsync(HttpMethod.Get, location);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(body, await again.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Patch_WhileAnotherPatchOfTheUploadRuns_Answers423()
    {
        var evidence = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Catatan rapat.\n", 4000)));
        var location = await CreateOkAsync(evidence.Length, "catatan.txt", "text/plain");
        using var tcp = await StartPatchAsync(location, evidence, evidence.Length / 2);
        await Eventually.TrueAsync(async () => await OffsetAsync(location) > 0, TimeSpan.FromSeconds(10), "the first PATCH to be received");

        using var second = await PatchAsync(location, await OffsetAsync(location), evidence[(int)await OffsetAsync(location)..]);

        await AssertProblemAsync(second, (HttpStatusCode)423);
        Assert.Equal("1.0.0", Header(second, "Tus-Resumable"));
    }

    [Fact]
    public async Task CompletingPatch_WhoseClientLeavesWhileCleaning_IsStillStored_AndGetGivesItsAnswer()
    {
        // Large enough (20 MB) that cleaning and sealing outlast the client's goodbye, sent after the server has every byte.
        var evidence = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Catatan rapat yang panjang sekali.\n", 600_000)));
        var location = await CreateOkAsync(evidence.Length, "catatan.txt", "text/plain", EvidenceHost.OtherTenant);
        using (var tcp = await StartPatchAsync(location, evidence, evidence.Length - 1))
        {
            await Eventually.TrueAsync(async () => await OffsetAsync(location) == evidence.Length - 1, TimeSpan.FromSeconds(30), "all but the last byte");
            await tcp.GetStream().WriteAsync(evidence.AsMemory(evidence.Length - 1), Ct);
            while (await OffsetAsync(location) < evidence.Length)
            {
            }
            tcp.Client.Shutdown(SocketShutdown.Both);
        }

        var answer = await SendAsync(HttpMethod.Get, location);

        using (answer)
        {
            var body = await answer.Content.ReadAsStringAsync(Ct);
            Assert.True(answer.StatusCode == HttpStatusCode.Created, $"{(int)answer.StatusCode}: {body}");
            var uploaded = System.Text.Json.JsonSerializer.Deserialize<UploadResult>(body, WebJson)!;
            Assert.Equal(evidence.Length, uploaded.Size);
            Assert.Equal(1, await _host.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Evidence, Ct)));
        }
    }

    [Fact]
    public async Task UploadPausedHalfway_MarkerIsInNoFileOnDisk_AndTheScratchGoesWhenItCompletes()
    {
        var evidence = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat($"Bukti: {Marker}\n", 8000)));
        var location = await CreateOkAsync(evidence.Length, "catatan.txt", "text/plain", EvidenceHost.OtherTenant);
        using (var first = await PatchAsync(location, 0, evidence[..(evidence.Length / 2)]))
        {
            Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
            Assert.Equal((evidence.Length / 2).ToString(System.Globalization.CultureInfo.InvariantCulture), Header(first, "Upload-Offset"));
        }

        // Paused: what arrived is in an unlinked scratch file this process holds open, sealed.
        Assert.Empty(_host.ScratchFiles());
        var open = OpenFiles.Under(_host.TempPath);
        Assert.Contains(open, f => OpenFiles.Length(f.Descriptor) >= evidence.Length / 2);
        foreach (var (descriptor, target) in open)
        {
            Assert.False(SampleFiles.Contains(File.ReadAllBytes(descriptor), Marker), $"open scratch file {target} holds the marker in plaintext");
        }
        foreach (var file in _host.BlobFiles())
        {
            Assert.False(SampleFiles.Contains(File.ReadAllBytes(file), Marker), $"{file} holds the marker in plaintext");
        }

        using var rest = await PatchAsync(location, evidence.Length / 2, evidence[(evidence.Length / 2)..]);
        Assert.Equal(HttpStatusCode.Created, rest.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(OpenFiles.Under(_host.TempPath).Count == 0), TimeSpan.FromSeconds(10),
            "the upload's scratch file to be deleted");
    }

    [Fact]
    public async Task Options_TellVersionExtensionsAndTheTenantsLargestSize()
    {
        using var response = await _host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, $"/api/{EvidenceHost.Tenant}/evidence/uploads"), Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("1.0.0", Header(response, "Tus-Resumable"));
        Assert.Equal("1.0.0", Header(response, "Tus-Version"));
        Assert.Equal("creation,termination,expiration", Header(response, "Tus-Extension"));
        Assert.Equal(EvidenceHost.SmallMediaLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "Tus-Max-Size"));
        using var other = await _host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, $"/api/{EvidenceHost.OtherTenant}/evidence/uploads"), Ct);
        Assert.Equal((1024L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), Header(other, "Tus-Max-Size"));
    }

    [Fact]
    public async Task Creation_AnswersLocationExpiryAndA32HexId()
    {
        using var created = await CreateAsync(10, "catatan.txt", "text/plain");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Matches($"^/api/{EvidenceHost.Tenant}/evidence/uploads/[0-9a-f]{{32}}$", created.Headers.Location!.OriginalString);
        Assert.Equal("1.0.0", Header(created, "Tus-Resumable"));
        Assert.Equal(_host.Clock.GetUtcNow().AddHours(6).ToString("R", System.Globalization.CultureInfo.InvariantCulture), Header(created, "Upload-Expires"));
    }

    [Fact]
    public async Task Creation_WithoutTusResumable_Answers412WithTusVersion()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{EvidenceHost.Tenant}/evidence/uploads");
        request.Headers.Add("Upload-Length", "10");

        using var response = await _host.Client.SendAsync(request, Ct);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal("1.0.0", Header(response, "Tus-Version"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("-1")]
    [InlineData("sepuluh")]
    public async Task Creation_WithoutAValidLength_Answers400(string? length)
    {
        using var response = await CreateAsync(length);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Creation_OfNothingOrOverTheLargestLimit_IsRefused()
    {
        using var empty = await CreateAsync("0");
        using var tooLarge = await CreateAsync((1024L * 1024 * 1024 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), tenant: EvidenceHost.OtherTenant);

        Assert.Contains("kosong", await AssertProblemAsync(empty, HttpStatusCode.BadRequest));
        Assert.Contains("1024 MB", await AssertProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge));
    }

    [Fact]
    public async Task Creation_BeyondTheTenantsOpenUploads_Answers429_OtherTenantUnaffected()
    {
        for (var i = 0; i < 3; i++)
        {
            await CreateOkAsync(10, "catatan.txt", "text/plain");
        }

        using var refused = await CreateAsync(10, "catatan.txt", "text/plain");

        Assert.Contains("penuh", await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests));
        Assert.Equal("600", Header(refused, "Retry-After"));
        await CreateOkAsync(10, "catatan.txt", "text/plain", EvidenceHost.OtherTenant);
    }

    [Fact]
    public async Task Creation_WhenDeclaredLengthsOfOpenUploadsFillTheBudget_Answers429()
    {
        await using var host = await EvidenceHost.StartAsync(infra, new Dictionary<string, string?> { ["Evidence:UnattachedBytesPerTenant"] = "1000" });
        var first = Tus(HttpMethod.Post, $"/api/{EvidenceHost.Tenant}/evidence/uploads");
        first.Headers.Add("Upload-Length", "600");
        var second = Tus(HttpMethod.Post, $"/api/{EvidenceHost.Tenant}/evidence/uploads");
        second.Headers.Add("Upload-Length", "600");

        using var created = await host.Client.SendAsync(first, Ct);
        using var refused = await host.Client.SendAsync(second, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("penuh", await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Patch_AtAnotherOffset_Answers409WithTheCurrentOffset()
    {
        var location = await CreateOkAsync(10, "catatan.txt", "text/plain");
        using (var first = await PatchAsync(location, 0, "catat"u8.ToArray()))
        {
            Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        }

        using var response = await PatchAsync(location, 2, "an ok"u8.ToArray());

        await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("5", Header(response, "Upload-Offset"));
        Assert.Equal(5, await OffsetAsync(location));
    }

    [Fact]
    public async Task Patch_NotAsOffsetOctetStream_Answers415()
    {
        var location = await CreateOkAsync(10, "catatan.txt", "text/plain");

        using var response = await PatchAsync(location, 0, "catatan ok"u8.ToArray(), "application/octet-stream");

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await OffsetAsync(location));
    }

    [Fact]
    public async Task Patch_LongerThanWhatRemains_Answers413AndKeepsNothingOfIt()
    {
        var location = await CreateOkAsync(10, "catatan.txt", "text/plain");

        using var response = await PatchAsync(location, 0, "catatan terlalu panjang"u8.ToArray());

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await OffsetAsync(location));
    }

    [Fact]
    public async Task Patch_OfADocumentDeclaredOverTheDocumentsLimit_Answers413AndDropsTheUpload()
    {
        var location = await CreateOkAsync(EvidenceHost.SmallLimit + 1, "catatan.txt", "text/plain");

        using var response = await PatchAsync(location, 0, Encoding.ASCII.GetBytes(new string('a', 100)));

        Assert.Matches(@"0[.,]29 MB limit", await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge));
        using var head = await SendAsync(HttpMethod.Head, location);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task Head_OfAnotherTenantsUpload_Answers404()
    {
        var location = await CreateOkAsync(10, "catatan.txt", "text/plain");

        using var response = await SendAsync(HttpMethod.Head, location.Replace($"/{EvidenceHost.Tenant}/", $"/{EvidenceHost.OtherTenant}/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await OffsetAsync(location));
    }

    [Fact]
    public async Task Delete_ThenHead_Answers404_AndTheScratchIsGone()
    {
        var location = await CreateOkAsync(10, "catatan.txt", "text/plain");
        using (var first = await PatchAsync(location, 0, "catat"u8.ToArray()))
        {
            Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        }

        using var deleted = await SendAsync(HttpMethod.Delete, location);
        using var head = await SendAsync(HttpMethod.Head, location);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(OpenFiles.Under(_host.TempPath));
    }

    [Fact]
    public async Task Get_BeforeCompletion_Answers409WithTheOffset()
    {
        var location = await CreateOkAsync(10, "catatan.txt", "text/plain");

        using var response = await SendAsync(HttpMethod.Get, location);

        await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("0", Header(response, "Upload-Offset"));
    }

    [Fact]
    public async Task RefusedType_CompletesWithTheSame415AsAOneShotUpload()
    {
        var elf = SampleFiles.Elf();
        using var oneShot = await _host.UploadAsync("alat", elf);
        var expected = await AssertProblemAsync(oneShot, HttpStatusCode.UnsupportedMediaType);
        var location = await CreateOkAsync(elf.Length, "alat", null);

        using var completed = await PatchAsync(location, 0, elf);

        Assert.Equal(expected, await AssertProblemAsync(completed, HttpStatusCode.UnsupportedMediaType));
        Assert.Equal(0, await _host.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Evidence, Ct)));
    }

    [Fact]
    public async Task IdleUpload_PastItsLifetime_Answers404_AndTheSweeperDeletesItsBytes()
    {
        var location = await CreateOkAsync(10, "catatan.txt", "text/plain");
        using (var first = await PatchAsync(location, 0, "catat"u8.ToArray()))
        {
            Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        }
        _host.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(5, await OffsetAsync(location));

        _host.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(2));

        using var head = await SendAsync(HttpMethod.Head, location);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(OpenFiles.Under(_host.TempPath).Count == 0), TimeSpan.FromSeconds(10),
            "the sweeper to delete the idle upload's scratch file");
    }

    /// <summary>What a tus client does after losing its connection: HEAD for the offset, PATCH the rest, again while the server is still busy with the old one.</summary>
    private Task<HttpResponseMessage> ResumeAsync(string location, byte[] file, long atMost) =>
        Eventually.GetAsync(async () =>
        {
            var offset = await OffsetAsync(location);
            Assert.InRange(offset, 1, atMost);
            var response = await PatchAsync(location, offset, file[(int)offset..]);
            if (response.StatusCode is HttpStatusCode.Locked or HttpStatusCode.Conflict)
            {
                response.Dispose();
                return null;
            }
            return response;
        }, TimeSpan.FromSeconds(30), "the upload to resume");

    /// <summary>A PATCH from offset 0 for all of <paramref name="file"/> on a raw connection, of which only the first <paramref name="send"/> bytes go out.</summary>
    private async Task<TcpClient> StartPatchAsync(string location, byte[] file, int send)
    {
        var address = _host.Client.BaseAddress!;
        var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, Ct);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"PATCH {location} HTTP/1.1\r\nHost: {address.Authority}\r\nTus-Resumable: 1.0.0\r\n"
            + $"Upload-Offset: 0\r\nContent-Type: {OffsetOctetStream}\r\nContent-Length: {file.Length}\r\n\r\n"), Ct);
        await stream.WriteAsync(file.AsMemory(0, send), Ct);
        await stream.FlushAsync(Ct);
        return tcp;
    }

    private async Task<long> OffsetAsync(string location)
    {
        using var head = await SendAsync(HttpMethod.Head, location);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("no-store", head.Headers.CacheControl?.ToString());
        return long.Parse(Header(head, "Upload-Offset")!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> CreateOkAsync(long length, string fileName, string? fileType, string tenant = EvidenceHost.Tenant)
    {
        using var created = await CreateAsync(length, fileName, fileType, tenant);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode}: {await created.Content.ReadAsStringAsync(Ct)}");
        return created.Headers.Location!.OriginalString;
    }

    private Task<HttpResponseMessage> CreateAsync(long length, string fileName, string? fileType, string tenant = EvidenceHost.Tenant)
    {
        var metadata = $"filename {Convert.ToBase64String(Encoding.UTF8.GetBytes(fileName))}"
            + (fileType is null ? "" : $",filetype {Convert.ToBase64String(Encoding.UTF8.GetBytes(fileType))}");
        return CreateAsync(length.ToString(System.Globalization.CultureInfo.InvariantCulture), metadata, tenant);
    }

    private Task<HttpResponseMessage> CreateAsync(string? length, string? metadata = null, string tenant = EvidenceHost.Tenant)
    {
        var request = Tus(HttpMethod.Post, $"/api/{tenant}/evidence/uploads");
        if (length is not null)
        {
            request.Headers.Add("Upload-Length", length);
        }
        if (metadata is not null)
        {
            request.Headers.Add("Upload-Metadata", metadata);
        }
        return _host.Client.SendAsync(request, Ct);
    }

    private Task<HttpResponseMessage> PatchAsync(string location, long offset, byte[] bytes, string contentType = OffsetOctetStream)
    {
        var request = Tus(HttpMethod.Patch, location);
        request.Headers.Add("Upload-Offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Content = new ByteArrayContent(bytes);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return _host.Client.SendAsync(request, Ct);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string location) => _host.Client.SendAsync(Tus(method, location), Ct);

    private static HttpRequestMessage Tus(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    /// <returns>The problem's detail.</returns>
    private static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(body);
        return problem.RootElement.GetProperty("detail").GetString()!;
    }
}
