using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Intake.Infrastructure;
using Wbs.Contracts.Api;
using Wbs.ServiceDefaults.Tenancy;
using Wbs.TestSupport;

namespace Wbs.Platform.Tests;

/// <summary>
/// Intake's tenant registry against the real services, PostgreSQL and RabbitMQ: a platform admin creates an agency
/// (working days, WITA), Intake serves it and takes reports under its rule at once, CaseManagement learns it from the
/// registry and forwards a report to it, which gets the destination's deadline; tokens of other tenants are refused.
/// </summary>
public sealed class TenantRegistryTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private static readonly DeadlineRule WorkingDays = new() { Days = 10, Unit = DeadlineRule.Working };
    private static readonly ResponseDeadline Deadline =
        new(WorkingDays, TenantTimeZones.Find(TenantTimeZones.Wita), TenantCatalog.NationalHolidays().Select(h => h.Date));

    private readonly string _slug = "uji-" + Guid.NewGuid().ToString("N")[..8];
    private PlatformHost _platform = null!;

    public async ValueTask InitializeAsync() => _platform = await PlatformHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task A_new_agency_works_at_once_in_intake_and_case_management_with_its_own_deadline_rule()
    {
        var platformAdmin = await _platform.SignInAsync(await _platform.CreateAsync(TenantProfile.PlatformSlug, ["platform_admin"]));
        var agencyAdmin = await _platform.SignInAsync(await _platform.CreateAsync("banjarnegara", ["admin"]));
        var supervisor = await _platform.SignInAsync(await _platform.CreateAsync("banjarnegara", ["supervisor"]));
        var tenant = new
        {
            slug = _slug, name = "Inspektorat Uji Coba", deadlineRule = WorkingDays, timeZone = TenantTimeZones.Wita, accountFlow = "code-first",
            contact = new { address = "Jl. Uji No. 1" },
            categories = new[] { new { code = "korupsi", label = "Korupsi" } },
            faq = new[] { new { q = "Siapa yang boleh melapor?", a = "Siapa saja." } },
        };

        Assert.Equal(HttpStatusCode.Forbidden, (await Send(_platform.Intake, HttpMethod.Post, "/api/platform/tenants", agencyAdmin, tenant)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await Send(_platform.Intake, HttpMethod.Post, "/api/platform/tenants", platformAdmin, tenant, slug: "Bukan Slug")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Send(_platform.Intake, HttpMethod.Post, "/api/platform/tenants", platformAdmin, tenant)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Send(_platform.Intake, HttpMethod.Post, "/api/platform/tenants", platformAdmin, tenant)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _platform.Intake.GetAsync("/api/platform/profile", TestContext.Current.CancellationToken)).StatusCode);

        var profile = await _platform.Intake.GetFromJsonAsync<JsonElement>($"/api/{_slug}/profile", TestContext.Current.CancellationToken);
        Assert.Equal("working", profile.GetProperty("deadlineRule").GetProperty("unit").GetString());
        var submitted = await _platform.SubmitAsync(_slug, new
        {
            reporterType = "external", category = "korupsi", title = "Pungutan pada layanan izin",
            what = "Petugas meminta uang tambahan agar izin usaha cepat selesai.",
        });
        Assert.Equal(Deadline.DueAt(submitted.GetProperty("submittedAt").GetDateTimeOffset()), submitted.GetProperty("responseDueAt").GetDateTimeOffset());

        // CaseManagement knows the agency: other tenants' and the platform's tokens are refused there, an invented slug is unknown.
        Assert.Equal(HttpStatusCode.Forbidden, (await _platform.GetAsync(_platform.Cases, $"/api/{_slug}/cases", agencyAdmin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _platform.GetAsync(_platform.Cases, $"/api/{_slug}/cases", platformAdmin)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _platform.GetAsync(_platform.Cases, "/api/tidak-ada-instansi/cases", agencyAdmin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _platform.GetAsync(_platform.Cases, "/api/banjarnegara/cases", platformAdmin)).StatusCode);

        // A Banjarnegara report forwarded there opens under the destination's rule.
        var source = await _platform.SubmitAsync("banjarnegara", new
        {
            reporterType = "internal", category = "korupsi", title = "Pengadaan yang diarahkan",
            what = "Panitia pengadaan mengarahkan pemenang lelang kepada kerabat pejabat dinas.",
        });
        var trackingNumber = source.GetProperty("trackingNumber").GetString();
        var forwarded = await Eventually.GetAsync(async () =>
        {
            var r = await Send(_platform.Cases, HttpMethod.Post, $"/api/banjarnegara/cases/{trackingNumber}/forwardings", supervisor,
                new { to = $"tenant:{_slug}", note = "Kewenangan instansi tujuan." });
            return r.StatusCode == HttpStatusCode.Created ? (JsonElement?)await r.Content.ReadFromJsonAsync<JsonElement>() : null;
        }, what: "the forwarding to the new agency");
        var destination = forwarded!.Value.GetProperty("destinationTrackingNumber").GetString();
        await using var scope = _platform.IntakeServices.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Complaints.AsNoTracking()
            .SingleAsync(c => c.Tenant == _slug && c.TrackingNumber == destination, TestContext.Current.CancellationToken);
        Assert.Equal(Deadline.DueAt(opened.SubmittedAt), opened.ResponseDueAt);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string token, object body, string? slug = null)
    {
        var content = slug is null ? JsonContent.Create(body) : JsonContent.Create(new { slug, name = "Nama Instansi", categories = new[] { new { code = "x1", label = "X" } } });
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }
}
