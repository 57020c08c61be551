using Microsoft.EntityFrameworkCore;
using static Wbs.CaseManagement.Tests.CaseManagementHost;

namespace Wbs.CaseManagement.Tests;

public sealed class ReportTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private CaseManagementHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task CodeToken_SeesOwnReport_AnotherCodeTokenGets404()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync("Pungutan liar KTP");
        var (otherId, otherNumber) = await _host.SubmitAsync("Laporan lain");

        using var reporter = _host.Code(complaintId, trackingNumber);
        var list = await (await reporter.Get(Path("reports"))).JsonAsync();
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal(trackingNumber, item.Str("trackingNumber"));
        Assert.Equal("Pungutan liar KTP", item.Str("title"));
        Assert.Equal("received", item.Str("status"));
        Assert.Equal("Diterima", item.Str("statusLabel"));
        Assert.Equal(0, item.GetProperty("unreadMessages").GetInt32());
        Assert.True(item.TryGetProperty("responseDueAt", out _) && item.TryGetProperty("lastUpdateAt", out _));

        var detail = await (await reporter.Get(Path($"reports/{trackingNumber}"))).JsonAsync();
        Assert.Equal("Pungutan liar KTP", detail.Str("title"));
        Assert.Empty(detail.GetProperty("messages").EnumerateArray());
        // Intake received the reporter's own token, not a service credential.
        Assert.Contains(_host.Peers.Authorizations, a => a == reporter.DefaultRequestHeaders.Authorization!.ToString());

        using var other = _host.Code(otherId, otherNumber);
        await (await other.Get(Path($"reports/{trackingNumber}"))).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.Post(Path($"reports/{trackingNumber}/messages"), new { body = "halo" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_report_whose_case_has_not_opened_yet_is_shown_received_to_its_code_and_account_and_listed_once_when_it_opens()
    {
        // Intake has accepted the report; its ComplaintSubmitted has not reached CaseManagement yet (a burst).
        var early = _host.ComplaintSubmittedFor();
        _host.Peers.Titles[early.TrackingNumber] = "Belum dibuka di sini";
        _host.Peers.Dates[early.TrackingNumber] = (early.SubmittedAt, early.ResponseDueAt);
        var (_, opened) = await _host.SubmitAsync("Sudah dibuka");
        var accountId = Guid.NewGuid();
        using var code = _host.Code(early.ComplaintId, early.TrackingNumber);
        using var account = _host.Account(accountId);
        _host.Peers.Linked[account.DefaultRequestHeaders.Authorization!.ToString()] = [early.TrackingNumber];
        using var stranger = _host.Account(Guid.NewGuid());

        var byCode = Assert.Single((await (await code.Get(Path("reports"))).JsonAsync()).EnumerateArray());
        Assert.Equal((early.TrackingNumber, "Belum dibuka di sini", "received"), (byCode.Str("trackingNumber"), byCode.Str("title"), byCode.Str("status")));
        var detail = await (await code.Get(Path($"reports/{early.TrackingNumber}"))).JsonAsync();
        Assert.Equal("received", detail.Str("status"));
        Assert.Equal(early.ResponseDueAt, detail.GetProperty("responseDueAt").GetDateTimeOffset());
        Assert.Contains("Terima kasih", Assert.Single(detail.GetProperty("timeline").EnumerateArray()).Str("message"));
        var byAccount = Assert.Single((await (await account.Get(Path("reports"))).JsonAsync()).EnumerateArray());
        Assert.Equal(early.TrackingNumber, byAccount.Str("trackingNumber"));
        Assert.Equal(HttpStatusCode.OK, (await account.Get(Path($"reports/{early.TrackingNumber}"))).StatusCode);
        // Nobody else reaches it, opened or not.
        Assert.Empty((await (await stranger.Get(Path("reports"))).JsonAsync()).EnumerateArray());
        await (await stranger.Get(Path($"reports/{early.TrackingNumber}"))).ProblemAsync(HttpStatusCode.NotFound);
        await (await code.Get(Path($"reports/{opened}"))).ProblemAsync(HttpStatusCode.NotFound);

        await _host.Probe.PublishAsync(early);
        await _host.WaitForCaseAsync(early.ComplaintId);
        var after = Assert.Single((await (await code.Get(Path("reports"))).JsonAsync()).EnumerateArray());
        Assert.Equal(early.TrackingNumber, after.Str("trackingNumber"));
        Assert.Single((await (await account.Get(Path("reports"))).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task AccountToken_ListsALinkIdentityHasCommitted_InTheFirstAnswer_BeforeItsEventArrives()
    {
        var accountId = Guid.NewGuid();
        var (_, first) = await _host.SubmitAsync("Dibuat dari kode", accountId: accountId);
        var (_, second) = await _host.SubmitAsync("Baru ditautkan");
        var (_, foreign) = await _host.SubmitAsync("Milik orang lain");
        using var account = _host.Account(accountId);
        // Identity has committed the link of the second report; ReporterAccountLinked is never published here.
        _host.Peers.Linked[account.DefaultRequestHeaders.Authorization!.ToString()] = [first, second];

        var list = await (await account.Get(Path("reports"))).JsonAsync();
        var detail = await account.Get(Path($"reports/{second}"));

        Assert.Equal([first, second], list.EnumerateArray().Select(i => i.Str("trackingNumber")).Order());
        Assert.Equal("Baru ditautkan", (await detail.JsonAsync()).Str("title"));
        await (await account.Get(Path($"reports/{foreign}"))).ProblemAsync(HttpStatusCode.NotFound);

        // Identity down: the links known here still list, and nothing fails.
        _host.Peers.Available = false;
        var degraded = await (await account.Get(Path("reports"))).JsonAsync();
        Assert.Equal([first], degraded.EnumerateArray().Select(i => i.Str("trackingNumber")));
    }

    [Fact]
    public async Task AccountToken_ListsEveryReportOfTheAccountOnly()
    {
        var accountId = Guid.NewGuid();
        var (_, first) = await _host.SubmitAsync("Satu", accountId: accountId);
        var (_, second) = await _host.SubmitAsync("Dua", accountId: accountId);
        await _host.SubmitAsync("Milik orang lain", accountId: Guid.NewGuid());

        using var account = _host.Account(accountId);
        var list = await (await account.Get(Path("reports"))).JsonAsync();
        Assert.Equal([first, second], list.EnumerateArray().Select(i => i.Str("trackingNumber")).Order());
    }

    [Fact]
    public async Task The_timeline_speaks_the_readers_language_one_at_a_time_with_dates_written_out_in_the_tenants_zone()
    {
        // Due at 20:00 UTC on 4 March: already 5 March in WIB, the seed tenant's zone.
        var due = new DateTimeOffset(2026, 3, 4, 20, 0, 0, TimeSpan.Zero);
        var (complaintId, trackingNumber) = await _host.SubmitAsync(submittedAt: due.AddDays(-30));
        using var verifier = _host.Staff("verifier");
        await (await verifier.Post(Path($"cases/{trackingNumber}/transitions"), new { to = "in_verification" })).JsonAsync();
        using var reporter = _host.Code(complaintId, trackingNumber);

        async Task<string[]> TimelineAsync(string? language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Path($"reports/{trackingNumber}"));
            if (language is not null)
            {
                request.Headers.AcceptLanguage.ParseAdd(language);
            }
            var detail = await (await reporter.SendAsync(request, TestContext.Current.CancellationToken)).JsonAsync();
            return [.. detail.GetProperty("timeline").EnumerateArray().Select(t => t.Str("message"))];
        }

        var indonesian = await TimelineAsync(null);
        Assert.Equal(indonesian, await TimelineAsync("id-ID"));
        Assert.Contains("paling lambat 5 Maret 2026", indonesian[0]);
        Assert.Equal("Status laporan menjadi Diverifikasi.", indonesian[1]);
        var english = await TimelineAsync("en-US,en;q=0.9");
        Assert.Contains("respond by 5 March 2026", english[0]);
        Assert.Equal("The report's status is now In verification.", english[1]);
        Assert.All(indonesian, m => Assert.DoesNotContain(" / ", m));
        Assert.All(english, m => Assert.DoesNotContain("laporan", m, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("2026-03", string.Concat(indonesian.Concat(english)));
    }

    [Fact]
    public void System_texts_written_in_both_languages_show_the_readers_half_and_a_staff_message_stays_whole()
    {
        var evidence = StandardTexts.EvidenceAdded(2);
        Assert.Equal("Bukti tambahan diterima (2 berkas).", StandardTexts.InLanguage(evidence, "id"));
        Assert.Equal("Additional evidence received (2 file(s)).", StandardTexts.InLanguage(evidence, "en"));
        var forwarded = StandardTexts.Forwarded("KPK", null);
        Assert.StartsWith("Laporan Anda diteruskan ke KPK", StandardTexts.InLanguage(forwarded, "id"));
        Assert.Equal("Your report was forwarded to KPK.", StandardTexts.InLanguage(forwarded, "en"));
        var disclosed = StandardTexts.IdentityDisclosed("saksi kunci / perlu dihubungi");
        Assert.EndsWith("Alasan: saksi kunci / perlu dihubungi", StandardTexts.InLanguage(disclosed, "id"));
        Assert.StartsWith("Your identity was disclosed", StandardTexts.InLanguage(disclosed, "en"));
        const string staff = "Mohon kirim foto kuitansi / nota pembelian.";
        Assert.Equal(staff, StandardTexts.InLanguage(staff, "en"));
    }

    [Fact]
    public async Task Reporter_SeesPublicMessagesButNeverInternalNotesOrStaffNames()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync();
        var staffId = Guid.NewGuid();
        using var verifier = _host.Staff(staffId, ["verifier"], name: "budi.verifikator");
        await (await verifier.Post(Path($"cases/{trackingNumber}/transitions"), new
        {
            to = "in_verification", publicMessage = "Laporan Anda sedang kami periksa.", internalNote = "RAHASIA: cek rekening bendahara",
        })).JsonAsync();
        await (await verifier.Post(Path($"cases/{trackingNumber}/notes"), new { body = "RAHASIA: saksi kunci" })).JsonAsync(HttpStatusCode.Created);
        await (await verifier.Post(Path($"cases/{trackingNumber}/messages"), new { body = "Mohon kirim foto kuitansi." })).JsonAsync(HttpStatusCode.Created);

        using var reporter = _host.Code(complaintId, trackingNumber);
        var list = await (await reporter.Get(Path("reports"))).JsonAsync();
        Assert.Equal(1, list[0].GetProperty("unreadMessages").GetInt32());

        var response = await reporter.Get(Path($"reports/{trackingNumber}"));
        var raw = await response.Content.ReadAsStringAsync(Http.Ct);
        var detail = await response.JsonAsync();
        Assert.DoesNotContain("RAHASIA", raw);
        Assert.DoesNotContain("budi", raw);
        Assert.DoesNotContain(staffId.ToString(), raw);
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.Str("message") == "Laporan Anda sedang kami periksa.");
        Assert.Equal("Diverifikasi", detail.Str("statusLabel"));
        var message = Assert.Single(detail.GetProperty("messages").EnumerateArray());
        Assert.Equal("staff", message.Str("from"));
        Assert.Equal("Mohon kirim foto kuitansi.", message.Str("body"));

        // Opening the report read the message.
        list = await (await reporter.Get(Path("reports"))).JsonAsync();
        Assert.Equal(0, list[0].GetProperty("unreadMessages").GetInt32());

        // The reporter answers; staff see it unread in the inbox, and read once they open the case.
        await (await reporter.Post(Path($"reports/{trackingNumber}/messages"), new { body = "Foto terlampir besok." })).JsonAsync(HttpStatusCode.Created);
        var inbox = await (await verifier.Get(Path($"cases?q={trackingNumber}"))).JsonAsync();
        Assert.Equal(1, inbox.GetProperty("items")[0].GetProperty("unreadMessages").GetInt32());
        var staffView = await (await verifier.Get(Path($"cases/{trackingNumber}"))).JsonAsync();
        Assert.Equal(2, staffView.GetProperty("messages").GetArrayLength());
        Assert.Contains(staffView.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("internal").GetBoolean() && t.Str("message") == "RAHASIA: saksi kunci");
        inbox = await (await verifier.Get(Path($"cases?q={trackingNumber}"))).JsonAsync();
        Assert.Equal(0, inbox.GetProperty("items")[0].GetProperty("unreadMessages").GetInt32());

        await _host.Probe.WaitForAsync<CaseMessagePosted>(m => m.TrackingNumber == trackingNumber && m.From == "reporter");
        await _host.Probe.WaitForAsync<CaseMessagePosted>(m => m.TrackingNumber == trackingNumber && m.From == "staff");
    }

    [Fact]
    public async Task MessagesAndNotes_AreEncryptedAtRest()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync();
        using var reporter = _host.Code(complaintId, trackingNumber);
        await (await reporter.Post(Path($"reports/{trackingNumber}/messages"), new { body = "PENANDA-RAHASIA-123" })).JsonAsync(HttpStatusCode.Created);
        using var admin = _host.Staff("admin");
        await (await admin.Post(Path($"cases/{trackingNumber}/notes"), new { body = "CATATAN-RAHASIA-456" })).JsonAsync(HttpStatusCode.Created);

        var bodies = await _host.WithDbAsync(db => db.Messages.Where(m => m.CaseId == complaintId).Select(m => m.Body).ToListAsync(Http.Ct));
        var texts = await _host.WithDbAsync(db => db.Timeline.Where(t => t.CaseId == complaintId && t.Text != null).Select(t => t.Text!).ToListAsync(Http.Ct));
        Assert.Single(bodies);
        Assert.Single(texts);
        foreach (var stored in bodies.Concat(texts))
        {
            var asText = System.Text.Encoding.UTF8.GetString(stored);
            Assert.DoesNotContain("RAHASIA", asText);
        }
    }

    [Fact]
    public async Task IntakeUnavailable_ListDegradesToEmptyTitles_DetailAnswers503()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync("Judul yang tak terlihat");
        using var reporter = _host.Code(complaintId, trackingNumber);
        _host.Peers.Available = false;

        var list = await (await reporter.Get(Path("reports"))).JsonAsync();
        Assert.Equal("", list[0].Str("title"));
        Assert.Equal(trackingNumber, list[0].Str("trackingNumber"));
        await (await reporter.Get(Path($"reports/{trackingNumber}"))).ProblemAsync(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task ReporterEndpoints_RefuseMissingStaffAndForeignTokens()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync();
        using var anonymous = _host.Client();
        await (await anonymous.Get(Path("reports"))).ProblemAsync(HttpStatusCode.Unauthorized);
        using var staff = _host.Staff("admin");
        await (await staff.Get(Path("reports"))).ProblemAsync(HttpStatusCode.Forbidden);
        using var foreign = _host.Code(complaintId, trackingNumber, tenant: "komdigi");
        await (await foreign.Get(Path($"reports/{trackingNumber}"))).ProblemAsync(HttpStatusCode.Forbidden);
        using var reporter = _host.Code(complaintId, trackingNumber);
        await (await reporter.Get("/api/tidak-ada/reports")).ProblemAsync(HttpStatusCode.NotFound);
        var invalid = await (await reporter.Post(Path($"reports/{trackingNumber}/messages"), new { body = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("body", out _));
        Assert.Equal(0, await _host.WithDbAsync(db => db.Messages.CountAsync(m => m.CaseId == complaintId, Http.Ct)));
    }

    [Theory]
    [InlineData("GET", "/api/tidak-ada/reports")]
    [InlineData("GET", "/api/tidak-ada/cases")]
    [InlineData("GET", "/api/tidak-ada/audit")]
    [InlineData("POST", "/api/tidak-ada/reports/WBS-2026-000001/messages")]
    [InlineData("GET", "/api/platform/cases")]
    public async Task UnknownTenant_WithoutToken_Is404BeforeAuthentication(string method, string path)
    {
        using var anonymous = _host.Client();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { body = "halo" });
        }

        var problem = await (await anonymous.SendAsync(request, Http.Ct)).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Instansi tidak dikenal. / Unknown agency.", problem.Str("detail"));
        // A known tenant's protected paths still answer 401 without a token.
        await (await anonymous.Get(Path("cases"))).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AddEvidence_OwnReportOnly_RelaysRefusedIds()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync();
        var (otherId, otherNumber) = await _host.SubmitAsync();
        var good = Guid.NewGuid();
        var unknown = Guid.NewGuid();
        _host.Peers.UploadedEvidence.Add(good);

        using var other = _host.Code(otherId, otherNumber);
        await (await other.Post(Path($"reports/{trackingNumber}/evidence"), new { evidenceIds = new[] { good } })).ProblemAsync(HttpStatusCode.NotFound);
        using var reporter = _host.Code(complaintId, trackingNumber);
        await (await reporter.Post(Path($"reports/{trackingNumber}/evidence"), new { evidenceIds = Array.Empty<Guid>() })).ProblemAsync(HttpStatusCode.BadRequest);
        var refused = await (await reporter.Post(Path($"reports/{trackingNumber}/evidence"), new { evidenceIds = new[] { good, unknown } }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([unknown], refused.GetProperty("invalid").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Empty(_host.Peers.Attached);

        await (await reporter.Post(Path($"reports/{trackingNumber}/evidence"), new { evidenceIds = new[] { good } })).JsonAsync();
        var attached = Assert.Single(_host.Peers.Attached);
        Assert.Equal(complaintId, attached.ComplaintId);
        Assert.Equal(trackingNumber, attached.TrackingNumber);
    }
}
