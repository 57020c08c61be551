using System.Net;
using System.Net.Http.Json;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>
/// Two admins editing an agency's profile at once (<c>PUT /api/{tenant}/profile</c> with <c>If-Match</c>): the first
/// edit is saved, the later one made from the same version answers 409 problem+json and changes nothing.
/// </summary>
public sealed class ProfileEditTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Path = "/api/banjarnegara/profile";
    private IntakeHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IntakeHost.StartAsync(infra);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private HttpClient Admin() => _host.Client(_host.Tokens.Issue("banjarnegara", "staff", Guid.NewGuid(), ["admin"], name: "ani.admin"));

    [Fact]
    public async Task Edit_made_from_an_older_version_is_409_and_the_newer_edit_stays()
    {
        var ct = TestContext.Current.CancellationToken;
        var opened = await _host.Client().GetAsync(Path, ct);
        var etag = opened.Headers.ETag;
        Assert.NotNull(etag);

        using var first = await Put(Admin(), new { tagline = "Tagline dari admin pertama" }, etag.Tag, ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag.Tag, first.Headers.ETag?.Tag);

        using var second = await Put(Admin(), new { tagline = "Tagline dari admin kedua" }, etag.Tag, ct);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.ReadJsonAsync();
        Assert.Contains("/", problem.GetProperty("detail").GetString());
        Assert.Equal(first.Headers.ETag!.Tag, $"\"{problem.GetProperty("currentVersion").GetInt64()}\"");

        var now = await _host.Client().GetAsync(Path, ct);
        Assert.Equal("Tagline dari admin pertama", (await now.ReadJsonAsync()).GetProperty("tagline").GetString());
        Assert.Equal(first.Headers.ETag, now.Headers.ETag);
    }

    [Fact]
    public async Task Edits_sent_at_once_save_one_and_answer_the_others_409_never_500()
    {
        var ct = TestContext.Current.CancellationToken;
        var etag = (await _host.Client().GetAsync(Path, ct)).Headers.ETag!.Tag;

        var fromOneVersion = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Put(Admin(), new { tagline = $"Serentak {i}" }, etag, ct)));
        var blind = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Put(Admin(), new { taglineEn = $"At once {i}" }, null, ct)));

        var saved = Assert.Single(fromOneVersion, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(fromOneVersion.Where(r => r != saved), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.All(blind, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var winner = (await saved.ReadJsonAsync()).GetProperty("tagline").GetString();
        var stored = await (await _host.Client().GetAsync(Path, ct)).ReadJsonAsync();
        Assert.Equal(winner, stored.GetProperty("tagline").GetString());
    }

    [Fact]
    public async Task If_match_that_names_no_version_is_400_and_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await (await _host.Client().GetAsync(Path, ct)).ReadJsonAsync();

        using var response = await Put(Admin(), new { tagline = "Tidak boleh tersimpan" }, "\"versi-baru\"", ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var after = await (await _host.Client().GetAsync(Path, ct)).ReadJsonAsync();
        Assert.Equal(before.GetProperty("tagline").GetString(), after.GetProperty("tagline").GetString());
    }

    [Fact]
    public async Task The_staff_mailbox_language_is_id_or_en_and_anything_else_is_a_field_error()
    {
        var ct = TestContext.Current.CancellationToken;

        using var wrong = await Put(Admin(), new { staffLanguage = "fr", tagline = "Tidak boleh tersimpan" }, null, ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.ReadJsonAsync()).GetProperty("errors").TryGetProperty("staffLanguage", out _));
        var kept = await (await _host.Client().GetAsync(Path, ct)).ReadJsonAsync();
        Assert.Equal("id", kept.GetProperty("staffLanguage").GetString());
        Assert.NotEqual("Tidak boleh tersimpan", kept.GetProperty("tagline").GetString());

        using var english = await Put(Admin(), new { staffLanguage = "en" }, null, ct);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        var saved = await (await _host.Client().GetAsync(Path, ct)).ReadJsonAsync();
        Assert.Equal("en", saved.GetProperty("staffLanguage").GetString());
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, object body, string? ifMatch, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request, ct);
    }
}
