using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wbs.Web.Tests;

/// <summary>
/// The report form of the real web app (in process) against Kestrel stand-ins for Intake and
/// EvidenceStorage: streamed upload, hidden evidence ids, antiforgery, idempotency key, one-time code page.
/// </summary>
public sealed partial class ReportFormTests : IAsyncLifetime
{
    private StubbedWeb _web = null!;
    private HttpClient _client = null!;
    private readonly CapturedLogs _logs = new();

    private ServiceStubs Stubs => _web.Stubs;

    public async ValueTask InitializeAsync()
    {
        _web = await StubbedWeb.StartAsync(new()
        {
            // A small form limit, so that a post over it is cheap to send here (the default is 1025 MiB).
            ["Web:UploadForm:MaxBytes"] = (2 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Receipts:SigningKey"] = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 7 + 1)).ToArray()),
        }, services: services => services.AddLogging(b => b.AddProvider(_logs)));
        _client = _web.NewClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task Upload_step_streams_the_file_to_evidence_storage_and_keeps_the_typed_text()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);

        using var response = await _client.PostAsync("/banjarnegara/lapor", Form(token, key, "upload", what: "Uang pelicin di loket pelayanan.",
            file: ("foto.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0x01, 0x02])), ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, string.Join("\n", _logs.Lines));
        var upload = Assert.Single(Stubs.Uploads);
        Assert.Equal("foto.jpg", upload.FileName);
        Assert.Equal([0xFF, 0xD8, 0xFF, 0x01, 0x02], upload.Bytes);
        Assert.Contains("Uang pelicin di loket pelayanan.", html);
        Assert.Contains("name=\"evidence\"", html);
        Assert.Contains("Metadata dihapus: lokasi GPS", html);
        Assert.Contains($"value=\"{key}\"", html);
        Assert.Empty(Stubs.Submissions);
    }

    [Fact]
    public async Task Upload_step_in_english_names_the_removed_metadata_in_english()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct, "?lang=en");

        using var response = await _client.PostAsync("/banjarnegara/lapor", Form(token, key, "upload", what: "Extra fee at the counter.",
            file: ("photo.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0x01])), ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Metadata removed: GPS location", html);
        Assert.DoesNotContain("lokasi GPS", html);
    }

    [Fact]
    public async Task English_form_and_review_show_the_tenants_english_category_label()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct, "?lang=en");
        var form = await _client.GetStringAsync("/banjarnegara/lapor", ct);

        using var response = await _client.PostAsync("/banjarnegara/lapor", Form(token, key, "review", what: "Extra fee at the ID card counter."), ct);
        var review = await response.Content.ReadAsStringAsync(ct);

        Assert.Contains("lang=\"en\">Dissatisfaction with public services</option>", form);
        Assert.DoesNotContain("Ketidakpuasan atas pelayanan publik", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<dd lang=\"en\">Dissatisfaction with public services</dd>", review);
    }

    [Fact]
    public async Task Refused_evidence_is_linked_from_the_error_summary_to_the_list_of_files()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);

        using var response = await _client.PostAsync("/banjarnegara/lapor", Form(token, key, "submit", what: ServiceStubs.UnknownEvidenceText,
            file: ("foto.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF])), ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bukti tidak dikenal atau sudah terlampir.", html);
        ErrorSummary.AssertLinksLand(html, "evidenceIds");
        Assert.Contains("id=\"evidenceIds\" tabindex=\"-1\"", html);
        Assert.Contains("aria-describedby=\"evidenceIds-error\"", html);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused_and_forwards_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, key) = await OpenFormAsync(ct);

        using var response = await _client.PostAsync("/banjarnegara/lapor", Form(null, key, "submit", what: "Uang pelicin di loket pelayanan.",
            file: ("foto.jpg", "image/jpeg", [0xFF, 0xD8])), ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Stubs.Uploads);
        Assert.Empty(Stubs.Submissions);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_whose_multipart_is_cut_short_is_refused_400_not_500_and_forwards_nothing(bool insideTheFile)
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);
        using var whole = Form(token, key, "submit", what: "Uang pelicin di loket pelayanan KTP.",
            file: insideTheFile ? ("catatan.txt", "text/plain", Encoding.UTF8.GetBytes(new string('x', 4000))) : null);
        var bytes = await whole.ReadAsByteArrayAsync(ct);
        // Cut inside the file's bytes, or inside the text fields after the token: the closing boundary never comes.
        var cutAt = insideTheFile ? Encoding.ASCII.GetString(bytes).IndexOf("xxxx", StringComparison.Ordinal) + 2000 : bytes.Length * 2 / 3;
        using var cut = new ByteArrayContent(bytes[..cutAt]);
        cut.Headers.ContentType = whole.Headers.ContentType;

        using var response = await _client.PostAsync("/banjarnegara/lapor", cut, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Stubs.Submissions);
    }

    [Fact]
    public async Task Submit_sends_the_form_idempotency_key_and_shows_the_code_once_without_logging_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);

        using var first = await _client.PostAsync("/banjarnegara/lapor", Form(token, key, "submit", what: "Uang pelicin di loket pelayanan KTP."), ct);
        using var second = await _client.PostAsync("/banjarnegara/lapor", Form(token, key, "submit", what: "Uang pelicin di loket pelayanan KTP."), ct);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal("/banjarnegara/lapor/terkirim", first.Headers.Location?.OriginalString);
        Assert.All(Stubs.Submissions, s => Assert.Equal(key, s.IdempotencyKey));
        Assert.Equal(2, Stubs.Submissions.Count);
        var shown = await _client.GetStringAsync("/banjarnegara/lapor/terkirim", ct);
        Assert.Contains("ABCD-EFGH-JKLM-NPQR-ST", shown);
        Assert.Contains("WBS-2026-000777", shown);
        // "Open this report now" and "Create an account" carry their proof of work, so the first press works under load.
        Assert.Equal(2, Regex.Count(shown, "name=\"powTicket\""));
        var again = await _client.GetStringAsync("/banjarnegara/lapor/terkirim", ct);
        Assert.DoesNotContain("ABCD-EFGH-JKLM-NPQR-ST", again);
        Assert.Contains("hanya ditampilkan sekali", again);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("ABCD-EFGH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validation_problem_is_shown_next_to_its_field_and_the_text_is_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);

        using var response = await _client.PostAsync("/banjarnegara/lapor", Form(token, key, "submit", what: "pendek"), ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"what-error\"><span class=\"visually-hidden\">Kesalahan: </span>Minimal 20 karakter.", html);
        Assert.Contains("aria-describedby=\"what-hint what-error\"", html);
        Assert.Contains("Pungutan di loket", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task Refused_file_type_is_explained_in_indonesian_next_to_the_file_field()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);

        using var response = await _client.PostAsync("/banjarnegara/lapor", Form(token, key, "submit", what: "Uang pelicin di loket pelayanan.",
            file: ("alat.exe", "application/octet-stream", [0x4D, 0x5A])), ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("alat.exe: Jenis berkas tidak diizinkan.", html);
        Assert.Empty(Stubs.Submissions);
    }

    [Fact]
    public async Task Language_switch_posts_the_draft_and_shows_it_in_english_with_nothing_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);
        var page = WebUtility.HtmlDecode(await (await _client.GetAsync("/banjarnegara/lapor", ct)).Content.ReadAsStringAsync(ct));
        // The header's switch is a button of the report form: its field is sent first, before the form's token.
        Assert.Contains("form=\"report-form\" formaction=\"/banjarnegara/lapor?lang=en\"", page);
        using var form = new MultipartFormDataContent { { new StringContent("edit"), "action" } };
        foreach (var part in Form(token, key, "edit", what: "Uang pelicin di loket pelayanan KTP.", file: ("foto.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF])))
        {
            if (part.Headers.ContentDisposition?.Name?.Trim('"') != "action")
            {
                form.Add(part);
            }
        }

        using var response = await _client.PostAsync("/banjarnegara/lapor?lang=en", form, ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Review the report", html);
        Assert.Contains("Uang pelicin di loket pelayanan KTP.", html);
        Assert.Contains("value=\"Pungutan di loket\"", html);
        Assert.Contains($"value=\"{key}\"", html);
        Assert.Contains("foto.jpg", html);
        Assert.Single(Stubs.Uploads);
        Assert.Empty(Stubs.Submissions);
    }

    [Fact]
    public async Task A_file_before_the_form_token_is_refused_unread()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);
        var file = new ByteArrayContent([0xFF, 0xD8, 0xFF]);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        using var form = new MultipartFormDataContent { { file, "file", "foto.jpg" } };
        foreach (var part in Form(token, key, "upload", what: "Uang pelicin di loket pelayanan KTP."))
        {
            form.Add(part);
        }

        using var response = await _client.PostAsync("/banjarnegara/lapor", form, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Stubs.Uploads);
    }

    [Fact]
    public async Task Post_after_the_antiforgery_cookie_was_deleted_keeps_the_draft_and_sends_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);
        // A browser restart (or Tor's "New Identity") loses the cookie; the page's token is still in the form.
        using var restarted = _web.NewClient();

        using var response = await restarted.PostAsync("/banjarnegara/lapor", Form(token, key, "submit", what: "Uang pelicin di loket pelayanan KTP.",
            file: ("foto.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF])), ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Semua yang Anda tulis masih ada", html);
        Assert.Contains("Uang pelicin di loket pelayanan KTP.", html);
        Assert.Contains("value=\"Pungutan di loket\"", html);
        Assert.Contains($"value=\"{key}\"", html);
        Assert.Empty(Stubs.Uploads);
        Assert.Empty(Stubs.Submissions);
    }

    [Fact]
    public async Task Receipt_verifies_on_the_verify_page_and_a_tampered_one_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);
        using var sent = await _client.PostAsync("/banjarnegara/lapor", Form(token, key, "submit", what: "Uang pelicin di loket pelayanan KTP."), ct);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var shown = await _client.GetStringAsync("/banjarnegara/lapor/terkirim", ct);
        var plain = WebUtility.HtmlDecode(HiddenPattern("receipt").Match(shown).Groups[1].Value);
        var withCode = WebUtility.HtmlDecode(HiddenPattern("receiptWithCode").Match(shown).Groups[1].Value);
        var pageToken = TokenPattern().Match(shown).Groups[1].Value;

        using var download = await _client.PostAsync("/banjarnegara/lapor/terkirim?handler=receipt", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = pageToken, ["receipt"] = plain, ["receiptWithCode"] = withCode,
        }), ct);
        var receipt = await download.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("WBS-2026-000777", receipt);
        Assert.DoesNotContain("ABCD-EFGH-JKLM-NPQR-ST", receipt); // the code only when asked for

        Assert.Contains("Tanda terima sah.", await VerifyAsync(receipt, ct));
        var block = receipt[(receipt.IndexOf("-----BEGIN", StringComparison.Ordinal))..];
        var payloadAt = block.IndexOf('\n') + 5;
        var tampered = receipt.Replace(block, block[..payloadAt] + (block[payloadAt] == 'A' ? 'B' : 'A') + block[(payloadAt + 1)..]);
        Assert.Contains("Tanda terima tidak sah.", await VerifyAsync(tampered, ct));
        Assert.DoesNotContain("Tanda terima sah.", await VerifyAsync(tampered, ct));
    }

    private async Task<string> VerifyAsync(string receipt, CancellationToken ct)
    {
        var page = await _client.GetStringAsync("/banjarnegara/verifikasi", ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TokenPattern().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(receipt)), "file", "tanda-terima.txt" },
        };
        using var response = await _client.PostAsync("/banjarnegara/verifikasi", form, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(ct);
    }

    private static Regex HiddenPattern(string name) => new($"name=\"{name}\" value=\"([^\"]+)\"");

    [Fact]
    public async Task Form_states_the_size_limits_in_megabytes_in_both_languages()
    {
        var ct = TestContext.Current.CancellationToken;

        var indonesian = await _client.GetStringAsync("/banjarnegara/lapor", ct);
        var english = await _client.GetStringAsync("/banjarnegara/lapor?lang=en", ct);

        // Documents at the tenant's 25 MB; video and audio within this form's own (test) limit of 2 MB, less room for the fields.
        Assert.Contains("teks paling besar 25 MB; video dan audio paling besar 1 MB.", indonesian);
        Assert.Contains("text up to 25 MB; video and audio up to 1 MB.", english);
    }

    [Fact]
    public async Task File_over_the_tenant_limit_is_explained_and_everything_typed_is_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);

        using var response = await _client.PostAsync("/banjarnegara/lapor", Form(token, key, "upload", what: "Uang pelicin di loket pelayanan.",
            file: ($"video-{ServiceStubs.TooLargeName}.mp4", "video/mp4", new byte[64 * 1024])), ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Berkas melebihi batas 25 MB.", html);
        Assert.Contains("Uang pelicin di loket pelayanan.", html);
        Assert.Contains("Pungutan di loket", html);
        Assert.Contains($"value=\"{key}\"", html);
        Assert.DoesNotContain("\"status\":", html); // no raw problem JSON
        Assert.Empty(Stubs.Submissions);
    }

    [Fact]
    public async Task Post_over_the_form_limit_comes_back_413_with_the_typed_text_and_the_limit_in_megabytes()
    {
        var ct = TestContext.Current.CancellationToken;
        var (token, key) = await OpenFormAsync(ct);

        using var response = await _client.PostAsync("/banjarnegara/lapor", Form(token, key, "upload", what: "Uang pelicin di loket pelayanan.",
            file: ("video.mp4", "video/mp4", new byte[3 * 1024 * 1024])), ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("formulir ini menerima paling besar 2 MB sekaligus", html);
        Assert.Contains("Uang pelicin di loket pelayanan.", html);
        Assert.Contains("Pungutan di loket", html);
        Assert.Contains($"value=\"{key}\"", html);
        Assert.DoesNotContain("Layanan sedang tidak tersedia", html);
        Assert.Empty(Stubs.Uploads);
        Assert.Empty(Stubs.Submissions);
    }

    /// <param name="query">"?lang=en" opens it in English (and the language cookie keeps the posts in English).</param>
    private async Task<(string Token, string Key)> OpenFormAsync(CancellationToken ct, string query = "")
    {
        using var response = await _client.GetAsync($"/banjarnegara/lapor{query}", ct);
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store, max-age=0", response.Headers.CacheControl?.ToString());
        return (TokenPattern().Match(html).Groups[1].Value, KeyPattern().Match(html).Groups[1].Value);
    }

    private static MultipartFormDataContent Form(string? token, string key, string action, string what,
        (string Name, string Type, byte[] Bytes)? file = null)
    {
        var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }
        form.Add(new StringContent(key), "idempotencyKey");
        form.Add(new StringContent("external"), "reporterType");
        form.Add(new StringContent("pelayanan_publik"), "category");
        form.Add(new StringContent("Pungutan di loket"), "title");
        form.Add(new StringContent(what), "what");
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(f.Type);
            form.Add(part, "file", f.Name);
        }
        form.Add(new StringContent(action), "action");
        if (action == "submit")
        {
            form.Add(new StringContent("1"), "reviewed"); // posted from the review step
        }
        return form;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"idempotencyKey\" value=\"([^\"]+)\"")]
    private static partial Regex KeyPattern();
}
