using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Wbs.Contracts;
using Wbs.ServiceDefaults.Security;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

public sealed class SubmissionTests(InfrastructureFixture infra) : IntakeWithProbe(infra)
{
    [Fact]
    public async Task Valid_report_is_accepted_with_code_tracking_number_due_date_and_completeness()
    {
        var response = await Host.Client().PostAsJsonAsync("/api/banjarnegara/complaints", Samples.Complaint(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var code = body.GetProperty("complaintCode").GetString()!;
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$", code);
        Assert.Matches(@"^WBS-20\d\d-\d{6}$", body.GetProperty("trackingNumber").GetString()!);
        var submitted = body.GetProperty("submittedAt").GetDateTimeOffset();
        Assert.Equal(submitted.AddDays(30), body.GetProperty("responseDueAt").GetDateTimeOffset());
        var completeness = body.GetProperty("completeness");
        Assert.True(completeness.GetProperty("what").GetBoolean());
        Assert.True(completeness.GetProperty("where").GetBoolean());
        Assert.True(completeness.GetProperty("when").GetBoolean());
        Assert.False(completeness.GetProperty("who").GetBoolean());
        Assert.False(completeness.GetProperty("how").GetBoolean());
    }

    [Fact]
    public async Task A_tenant_counting_working_days_gets_a_due_date_after_its_holidays()
    {
        // An agency in Jayapura (WIT) with one working day to answer and ten days off from tomorrow on.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jayapura");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var holidays = Enumerable.Range(1, 10).Select(i => new { date = today.AddDays(i).ToString("yyyy-MM-dd"), name = "Libur", kind = "national" });
        var file = Path.Combine(Path.GetTempPath(), $"wbs-tenants-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new[]
        {
            new
            {
                slug = "jayapura", name = "Inspektorat Kota Jayapura", timeZone = "Asia/Jayapura",
                deadlineRule = new { days = 1, unit = "working" }, holidays,
                contact = new { address = "Jayapura" }, categories = new[] { new { code = "korupsi", label = "Korupsi" } },
            },
        }), TestContext.Current.CancellationToken);
        try
        {
            await using var host = await IntakeHost.StartAsync(Infra, extra: new() { ["Tenancy:File"] = file });
            var profile = await (await host.Client().GetAsync("/api/jayapura/profile", TestContext.Current.CancellationToken)).ReadJsonAsync();
            Assert.Equal("working", profile.GetProperty("deadlineRule").GetProperty("unit").GetString());

            var response = await host.Client().PostAsJsonAsync("/api/jayapura/complaints", Samples.Complaint(), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var due = (await response.ReadJsonAsync()).GetProperty("responseDueAt").GetDateTimeOffset();
            var expected = today.AddDays(11);
            while (expected.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                expected = expected.AddDays(1);
            }
            Assert.Equal(new DateTimeOffset(expected.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(9)), due);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Tracking_numbers_follow_each_other_per_tenant()
    {
        var first = await SubmitAsync("banjarnegara");
        var second = await SubmitAsync("banjarnegara");
        var sequence = (string tn) => long.Parse(tn[^6..]);
        Assert.Equal(sequence(first.GetProperty("trackingNumber").GetString()!) + 1, sequence(second.GetProperty("trackingNumber").GetString()!));
    }

    [Fact]
    public async Task Concurrent_submissions_get_unique_tracking_numbers_increasing_per_tenant_and_year()
    {
        var before = await SubmitAsync("banjarnegara");
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => SubmitAsync("banjarnegara")));
        var after = await SubmitAsync("banjarnegara");
        var other = await SubmitAsync("komdigi");

        var sequence = (JsonElement e) => long.Parse(e.GetProperty("trackingNumber").GetString()![^6..]);
        var numbers = concurrent.Select(sequence).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.InRange(n, sequence(before) + 1, sequence(after) - 1));
        Assert.Equal($"WBS-{DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Year}-", after.GetProperty("trackingNumber").GetString()![..9]);
        Assert.True(sequence(other) >= 1);
    }

    [Fact]
    public async Task Content_is_sealed_and_the_code_is_kept_only_as_its_digest()
    {
        var marker = $"MARKER{Guid.NewGuid():N}";
        var body = await SubmitAsync("banjarnegara", Samples.Complaint(marker));
        var code = body.GetProperty("complaintCode").GetString()!;
        var id = body.GetProperty("complaintId").GetGuid();

        var row = await Host.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.DoesNotContain(marker, Encoding.UTF8.GetString(Assert.IsType<byte[]>(row.SealedContent)));
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromBase64String(Host.DigestKey), Encoding.ASCII.GetBytes(ComplaintCode.Normalize(code)!)));
        Assert.Equal(expected, row.CodeDigest);
    }

    [Fact]
    public async Task ComplaintSubmitted_is_published_through_the_outbox_with_the_digest_never_the_code()
    {
        var body = await SubmitAsync("komdigi", Samples.Complaint(category: "kode_etik"));
        var id = body.GetProperty("complaintId").GetGuid();
        var code = body.GetProperty("complaintCode").GetString()!;

        var message = await Probe.WaitForAsync<ComplaintSubmitted>(m => m.ComplaintId == id);

        Assert.Equal("komdigi", message.Tenant);
        Assert.Equal(body.GetProperty("trackingNumber").GetString(), message.TrackingNumber);
        Assert.Equal("kode_etik", message.Category);
        Assert.Equal(64, message.CodeDigest.Length);
        Assert.DoesNotContain(ComplaintCode.Normalize(code)!, message.CodeDigest, StringComparison.OrdinalIgnoreCase);
        var dispatched = await Eventually.GetAsync(() => Host.WithDbAsync(async db =>
            await db.Set<Wbs.ServiceDefaults.Messaging.OutboxMessage>().AnyAsync(m => m.DispatchedAt == null) ? null : "all dispatched"));
        Assert.Equal("all dispatched", dispatched);
    }

    [Fact]
    public async Task Same_idempotency_key_returns_the_first_answer_and_creates_nothing_new()
    {
        var key = Guid.NewGuid().ToString();
        var complaint = Samples.Complaint("idempotensi");
        var first = await PostWithKeyAsync(key, complaint);
        var second = await PostWithKeyAsync(key, complaint);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var a = await first.ReadJsonAsync();
        var b = await second.ReadJsonAsync();
        Assert.Equal(a.GetProperty("complaintId").GetGuid(), b.GetProperty("complaintId").GetGuid());
        Assert.Equal(a.GetProperty("complaintCode").GetString(), b.GetProperty("complaintCode").GetString());
        var id = a.GetProperty("complaintId").GetGuid();
        Assert.Equal(1, await Host.WithDbAsync(db => db.Complaints.CountAsync(c => c.TrackingNumber == a.GetProperty("trackingNumber").GetString())));
        Assert.Equal(1, await Host.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.OutboxMessage>().CountAsync(m => m.Body.Contains(id.ToString()))));
    }

    [Fact]
    public async Task Accepted_reports_are_counted_for_the_dashboard_by_tenant_and_channel_a_replay_or_refusal_not()
    {
        using var accepted = new MetricCollector<long>(Host.Services.GetRequiredService<IMeterFactory>(),
            Wbs.Intake.Services.ComplaintMetrics.MeterName, Wbs.Intake.Services.ComplaintMetrics.Accepted);
        var key = Guid.NewGuid().ToString();
        var complaint = Samples.Complaint("dihitung");

        Assert.Equal(HttpStatusCode.Created, (await PostWithKeyAsync(key, complaint)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostWithKeyAsync(key, complaint)).StatusCode);
        var refused = await Host.Client().PostAsJsonAsync("/api/banjarnegara/complaints", new { category = "korupsi" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var counted = Assert.Single(accepted.GetMeasurementSnapshot());
        Assert.Equal(1, counted.Value);
        Assert.Equal("banjarnegara", counted.Tags["wbs.tenant"]);
        Assert.Equal("web", counted.Tags["wbs.channel"]);
    }

    [Fact]
    public async Task Idempotency_key_reused_for_another_report_is_422_and_creates_nothing()
    {
        var key = Guid.NewGuid().ToString();
        await PostWithKeyAsync(key, Samples.Complaint("satu"));
        var before = await Host.WithDbAsync(db => db.Complaints.CountAsync());

        var response = await PostWithKeyAsync(key, Samples.Complaint("dua"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await Host.WithDbAsync(db => db.Complaints.CountAsync()));
    }

    [Fact]
    public async Task Account_token_links_the_new_report_to_the_account()
    {
        var account = Guid.NewGuid();
        var token = Host.Tokens.Issue("banjarnegara", "account", account);
        var response = await Host.Client(token).PostAsJsonAsync("/api/banjarnegara/complaints", Samples.Complaint(), TestContext.Current.CancellationToken);
        var id = (await response.ReadJsonAsync()).GetProperty("complaintId").GetGuid();

        var message = await Probe.WaitForAsync<ComplaintSubmitted>(m => m.ComplaintId == id);
        Assert.Equal(account, message.AccountId);
    }

    [Fact]
    public async Task Forged_token_is_refused_and_nothing_is_created()
    {
        var forged = new TestTokens().Issue("banjarnegara", "account", Guid.NewGuid());
        var before = await Host.WithDbAsync(db => db.Complaints.CountAsync());

        var response = await Host.Client(forged).PostAsJsonAsync("/api/banjarnegara/complaints", Samples.Complaint(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await Host.WithDbAsync(db => db.Complaints.CountAsync()));
    }

    [Fact]
    public async Task Token_of_another_tenant_is_403()
    {
        var token = Host.Tokens.Issue("komdigi", "account", Guid.NewGuid());
        var response = await Host.Client(token).PostAsJsonAsync("/api/banjarnegara/complaints", Samples.Complaint(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<System.Text.Json.JsonElement> SubmitAsync(string tenant, object? complaint = null)
    {
        var response = await Host.Client().PostAsJsonAsync($"/api/{tenant}/complaints", complaint ?? Samples.Complaint(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private Task<HttpResponseMessage> PostWithKeyAsync(string key, object complaint)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/banjarnegara/complaints") { Content = JsonContent.Create(complaint) };
        request.Headers.Add("Idempotency-Key", key);
        return Host.Client().SendAsync(request, TestContext.Current.CancellationToken);
    }
}
