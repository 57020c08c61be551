using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wbs.EvidenceStorage.Tests.Producers;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>
/// Files made by real producers, then cut short or garbled as a broken download or a failing memory card leaves them,
/// sent over a real connection: each is refused with the service's problem answer, or stored where its format still
/// reads (text cut anywhere, MP3 cut between frames, a PDF short of its last line, garbled picture or sound data), and
/// never answered with a server error; a refused file leaves nothing stored.
/// </summary>
public sealed class DamagedFileTests(InfrastructureFixture infra, ProducedSamples samples) : IAsyncLifetime, IClassFixture<ProducedSamples>
{
    private const string Tenant = EvidenceHost.OtherTenant;
    private const string DamagedDetail = "Berkas rusak atau tidak dapat dibaca sebagai jenisnya. / The file is damaged or cannot be read as its type.";
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra, realHttp: true);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> Documents => ["report.docx", "sheet.xlsx", "slides.pptx", "report.odt", "sheet.ods"];

    public static TheoryData<string> Produced =>
    [
        "report.docx", "sheet.xlsx", "slides.pptx", "report.odt", "sheet.ods", "report.pdf", "report-objstm.pdf", "inline.pdf",
        "photo.jpg", "screen.png", "screen.gif", "screen.webp", "video.mp4", "video.mov", "video.3gp", "voice.m4a", "voice.mp3",
        "voice.wav", "voice.ogg", "voice.opus", "report.txt", "sheet.csv",
    ];

    /// <summary>The damaged versions of <paramref name="file"/>: its head (shorter than a ZIP's 22-byte end record), its first half, all but its last bytes, and its middle garbled.</summary>
    private static IEnumerable<(string Damage, byte[] Bytes)> Damaged(byte[] file)
    {
        yield return ("first 16 bytes", file[..Math.Min(16, file.Length - 1)]);
        yield return ("first half", file[..(file.Length / 2)]);
        yield return ("last 8 bytes gone", file[..^8]);
        var garbled = (byte[])file.Clone();
        new Random(7).NextBytes(garbled.AsSpan(file.Length / 2, Math.Min(64, file.Length / 4)));
        yield return ("middle garbled", garbled);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task CutShortDocument_IsRefusedAsDamaged_AndNothingIsStored(string name)
    {
        foreach (var (damage, bytes) in Damaged(samples[name]).Where(d => d.Damage != "middle garbled"))
        {
            using var response = await _host.UploadAsync(name, bytes, tenant: Tenant);

            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{name}, {damage}: {(int)response.StatusCode}");
            Assert.Equal(DamagedDetail, await ProblemDetailAsync(response));
            await AssertStoredAsync(0, $"{name}, {damage}");
        }
    }

    public static TheoryData<string, string> Garbled => new()
    {
        { "inline.pdf", "byte outside ASCII85" },
        { "report.docx", "docProps/core.xml" },
        { "sheet.xlsx", "docProps/core.xml" },
        { "slides.pptx", "docProps/core.xml" },
        { "report.odt", "meta.xml" },
        { "sheet.ods", "meta.xml" },
    };

    [Theory]
    [MemberData(nameof(Garbled))]
    public async Task GarbledFile_IsRefusedAsDamaged_AndNothingIsStored(string name, string damage)
    {
        var bytes = damage == "byte outside ASCII85" ? Damage.ByteOutsideAscii85(samples[name]) : Damage.UnnamedEntry(samples[name], damage);

        using var response = await _host.UploadAsync(name, bytes, tenant: Tenant);

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{name}, {damage}: {(int)response.StatusCode}");
        Assert.Equal(DamagedDetail, await ProblemDetailAsync(response));
        await AssertStoredAsync(0, $"{name}, {damage}");
    }

    [Theory]
    [MemberData(nameof(Produced))]
    public async Task DamagedFile_IsRefusedWithAProblemOrStored_NeverAServerError(string name)
    {
        var stored = 0;
        foreach (var (damage, bytes) in Damaged(samples[name]))
        {
            using var response = await _host.UploadAsync(name, bytes, tenant: Tenant);

            var what = $"{name}, {damage}: {(int)response.StatusCode}";
            if (response.StatusCode == HttpStatusCode.Created)
            {
                stored++;
            }
            else
            {
                Assert.True((int)response.StatusCode is >= 400 and < 500, what);
                Assert.Contains(" / ", await ProblemDetailAsync(response));
            }
            await AssertStoredAsync(stored, what);
        }
    }

    private static async Task<string> ProblemDetailAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return problem.RootElement.GetProperty("detail").GetString() ?? "";
    }

    private async Task AssertStoredAsync(int expected, string what)
    {
        Assert.True(expected == _host.BlobFiles().Length, $"{what}: {_host.BlobFiles().Length} blobs, {expected} expected");
        Assert.Equal(expected, await _host.WithDbAsync(db => db.Evidence.CountAsync(TestContext.Current.CancellationToken)));
    }
}
