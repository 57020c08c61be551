using System.Text.RegularExpressions;

namespace Wbs.Web.Tests;

/// <summary>
/// The portal's own proof of work on anonymous form posts, with the mode set to ask it always: a
/// challenge the browser's script solves, a delay ticket for browsers without JavaScript, and a
/// form that comes back with everything typed when neither is there yet.
/// </summary>
public sealed partial class FormProofTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private StubbedWeb _web = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ServiceStubs Stubs => _web.Stubs;

    public async ValueTask InitializeAsync()
    {
        _web = await StubbedWeb.StartAsync(new()
        {
            ["Abuse:ProofOfWork:Mode"] = "Always",
            ["Abuse:ProofOfWork:BaseDifficulty"] = "8",
            ["Abuse:Web:Delay"] = "00:00:05",
        }, _clock);
        _client = _web.NewClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task SignIn_WithoutProofYet_ComesBackWithTheTypedUsernameAndAMessage()
    {
        var form = await OpenAsync("/banjarnegara/masuk");

        using var response = await PostAsync("/banjarnegara/masuk", form, ("username", "pelapor.rahasia"), ("password", "sandi-panjang-1"));
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pemeriksaan keamanan belum selesai", html);
        Assert.Contains("value=\"pelapor.rahasia\"", html);
        Assert.Contains("name=\"powChallenge\"", html);
        Assert.Empty(Stubs.SignIns);
    }

    [Fact]
    public async Task SignIn_SolvedByTheBrowser_ReachesIdentityWithTheProof_OnlyOnce()
    {
        var form = await OpenAsync("/banjarnegara/masuk");
        var solved = ProofOfWorkSolver.Solve(form.Challenge, form.Difficulty);
        var nonce = solved[(solved.LastIndexOf('.') + 1)..];

        using var signedIn = await PostAsync("/banjarnegara/masuk", form with { Nonce = nonce, Ticket = "" },
            ("username", "pelapor.rahasia"), ("password", "sandi-panjang-1"));
        using var replayed = await PostAsync("/banjarnegara/masuk", form with { Nonce = nonce, Ticket = "" },
            ("username", "pelapor.rahasia"), ("password", "sandi-panjang-1"));

        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        Assert.Equal("/banjarnegara/laporan", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(solved, Assert.Single(Stubs.SignIns).Proof);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("Pemeriksaan keamanan belum selesai", await replayed.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task SignIn_WithoutJavaScript_TheDelayTicketPassesAfterTheWait_OnlyOnce()
    {
        var form = await OpenAsync("/banjarnegara/masuk");

        using var tooEarly = await PostAsync("/banjarnegara/masuk", form, ("username", "pelapor.rahasia"), ("password", "sandi-panjang-1"));
        var secondForm = await OpenAsync("/banjarnegara/masuk");
        _clock.Advance(TimeSpan.FromSeconds(6));
        using var afterWait = await PostAsync("/banjarnegara/masuk", secondForm, ("username", "pelapor.rahasia"), ("password", "sandi-panjang-1"));
        using var replayed = await PostAsync("/banjarnegara/masuk", secondForm, ("username", "pelapor.rahasia"), ("password", "sandi-panjang-1"));

        Assert.Equal(HttpStatusCode.OK, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, afterWait.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Single(Stubs.SignIns);
    }

    [Fact]
    public async Task SignIn_IdentityAsksProof_ForAVisitorWithoutJavaScriptWhoWaited_TheWebAppAnswersIt()
    {
        var form = await OpenAsync("/banjarnegara/masuk");
        _clock.Advance(TimeSpan.FromSeconds(6));

        using var signedIn = await PostAsync("/banjarnegara/masuk", form, ("username", "diminta.bukti"), ("password", "sandi-panjang-1"));

        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        Assert.Equal([null, ProofOfWorkSolver.Solve(ServiceStubs.StubChallenge, 8)], Stubs.SignIns.Select(s => s.Proof));
    }

    [Fact]
    public async Task SignIn_IdentityAsksProof_TheFormHandsItsChallengeToTheBrowser()
    {
        var form = await OpenAsync("/banjarnegara/masuk");
        var solved = ProofOfWorkSolver.Solve(form.Challenge, form.Difficulty);

        using var response = await PostAsync("/banjarnegara/masuk", form with { Nonce = solved[(solved.LastIndexOf('.') + 1)..], Ticket = "" },
            ("username", "diminta.bukti"), ("password", "sandi-panjang-1"));
        var again = Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ServiceStubs.StubChallenge, again.Challenge);
        Assert.Equal(8, again.Difficulty);
    }

    [Fact]
    public async Task ReportForm_WithoutProofYet_KeepsEverythingTyped_AndSubmitsNothing()
    {
        var form = await OpenAsync("/banjarnegara/lapor");
        var key = KeyPattern().Match(form.Html).Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token), "__RequestVerificationToken" },
            { new StringContent(key), "idempotencyKey" },
            { new StringContent(form.Challenge), "powChallenge" },
            { new StringContent(form.Ticket), "powTicket" },
            { new StringContent("external"), "reporterType" },
            { new StringContent("pungli"), "category" },
            { new StringContent("Pungutan di loket KTP"), "title" },
            { new StringContent("Petugas meminta uang tambahan setiap kali warga mengurus KTP elektronik."), "what" },
            { new StringContent("submit"), "action" },
            { new StringContent("1"), "reviewed" },
        };

        using var response = await _client.PostAsync("/banjarnegara/lapor", content, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pemeriksaan keamanan belum selesai", html);
        Assert.Contains("Petugas meminta uang tambahan setiap kali warga mengurus KTP elektronik.", html);
        Assert.Contains("Pungutan di loket KTP", html);
        Assert.Empty(Stubs.Submissions);
    }

    [Fact]
    public async Task ReportForm_UploadWithoutProofYet_ForwardsNoFile_AndKeepsEverythingTyped()
    {
        var form = await OpenAsync("/banjarnegara/lapor");

        using var response = await _client.PostAsync("/banjarnegara/lapor", UploadForm(form), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("catatan.txt: belum diunggah", html);
        Assert.Contains("Pemeriksaan keamanan belum selesai", html);
        Assert.Contains("Petugas meminta uang tambahan setiap kali warga mengurus KTP elektronik.", html);
        Assert.Contains("name=\"powChallenge\"", html);
        Assert.Empty(Stubs.Uploads);
    }

    [Fact]
    public async Task ReportForm_UploadSolvedByTheBrowser_ReachesEvidenceStorage_OnlyOnce()
    {
        var form = await OpenAsync("/banjarnegara/lapor");
        var solved = ProofOfWorkSolver.Solve(form.Challenge, form.Difficulty);
        var proved = form with { Nonce = solved[(solved.LastIndexOf('.') + 1)..], Ticket = "" };

        using var uploaded = await _client.PostAsync("/banjarnegara/lapor", UploadForm(proved), Ct);
        using var replayed = await _client.PostAsync("/banjarnegara/lapor", UploadForm(proved), Ct);

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Contains("name=\"evidence\"", await uploaded.Content.ReadAsStringAsync(Ct));
        Assert.Contains("catatan.txt: belum diunggah", await replayed.Content.ReadAsStringAsync(Ct));
        Assert.Equal("catatan.txt", Assert.Single(Stubs.Uploads).FileName);
    }

    [Fact]
    public async Task ReportForm_UploadWithoutJavaScript_TheDelayTicketPassesAfterTheWait_OneFilePerPost()
    {
        var form = await OpenAsync("/banjarnegara/lapor");
        _clock.Advance(TimeSpan.FromSeconds(6));

        using var response = await _client.PostAsync("/banjarnegara/lapor", UploadForm(form, "catatan.txt", "kedua.txt"), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("kedua.txt: satu berkas setiap kali", html);
        Assert.Equal("catatan.txt", Assert.Single(Stubs.Uploads).FileName);
    }

    /// <summary>The report form's upload step as a browser sends it: the proof fields above the typed text and the file.</summary>
    private static MultipartFormDataContent UploadForm(ProtectedForm form, params string[] files)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token), "__RequestVerificationToken" },
            { new StringContent(KeyPattern().Match(form.Html).Groups[1].Value), "idempotencyKey" },
            { new StringContent(form.Challenge), "powChallenge" },
            { new StringContent(form.Nonce), "powNonce" },
            { new StringContent(form.Ticket), "powTicket" },
            { new StringContent("external"), "reporterType" },
            { new StringContent("Pungutan di loket KTP"), "title" },
            { new StringContent("Petugas meminta uang tambahan setiap kali warga mengurus KTP elektronik."), "what" },
        };
        foreach (var name in files.DefaultIfEmpty("catatan.txt"))
        {
            var file = new ByteArrayContent("Catatan: antrean dan pungutan di loket.\n"u8.ToArray());
            file.Headers.ContentType = new("text/plain");
            content.Add(file, "file", name);
        }
        content.Add(new StringContent("upload"), "action");
        return content;
    }

    private async Task<ProtectedForm> OpenAsync(string path)
    {
        using var response = await _client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parse(await response.Content.ReadAsStringAsync(Ct));
    }

    private static ProtectedForm Parse(string html) => new(html,
        TokenPattern().Match(html).Groups[1].Value,
        ChallengePattern().Match(html).Groups[1].Value,
        int.Parse(ChallengePattern().Match(html).Groups[2].Value),
        TicketPattern().Match(html).Groups[1].Value,
        "");

    private Task<HttpResponseMessage> PostAsync(string path, ProtectedForm form, params (string Name, string Value)[] fields)
    {
        var values = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.Token), new("powChallenge", form.Challenge),
            new("powNonce", form.Nonce), new("powTicket", form.Ticket),
        };
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return _client.PostAsync(path, new FormUrlEncodedContent(values), Ct);
    }

    private sealed record ProtectedForm(string Html, string Token, string Challenge, int Difficulty, string Ticket, string Nonce);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"powChallenge\" value=\"([^\"]+)\" data-difficulty=\"(\\d+)\"")]
    private static partial Regex ChallengePattern();

    [GeneratedRegex("name=\"powTicket\" value=\"([^\"]+)\"")]
    private static partial Regex TicketPattern();

    [GeneratedRegex("name=\"idempotencyKey\" value=\"([^\"]+)\"")]
    private static partial Regex KeyPattern();
}
