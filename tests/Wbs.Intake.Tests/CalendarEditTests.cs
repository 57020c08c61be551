using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wbs.Contracts.Api;
using Wbs.ServiceDefaults.Tenancy;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>
/// A tenant admin edits the working-day calendar and retention (<c>PUT /api/{tenant}/profile</c>): response duty,
/// time zone, one year's days off (other years stay; the national list can be put back) and retention years. A bad
/// calendar answers 400 problem+json naming the row and field in both languages, and changes nothing.
/// </summary>
public sealed class CalendarEditTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Path = "/api/banjarnegara/profile";
    private static readonly int NextYear = DateTime.UtcNow.Year + 1;
    private IntakeHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IntakeHost.StartAsync(infra);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private HttpClient Admin() => _host.Client(_host.Tokens.Issue("banjarnegara", "staff", Guid.NewGuid(), ["admin"], name: "ani.admin"));

    [Fact]
    public async Task Admin_sets_working_days_a_year_of_days_off_and_retention_then_returns_to_the_national_list()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await GetAsync(ct);
        var otherYears = Holidays(before).Where(h => h.Date.Year != NextYear).ToList();
        var week = Enumerable.Range(0, 5).Select(i => new { date = new DateOnly(NextYear, 3, 1 + i).ToString("yyyy-MM-dd"), name = "Libur pekan uji", kind = "cuti_bersama" });

        using var saved = await Admin().PutAsJsonAsync(Path, new
        {
            deadlineRule = new { days = 10, unit = "working" }, timeZone = "Asia/Makassar", retentionYears = 7,
            holidays = new { year = NextYear, days = week },
        }, ct);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = await GetAsync(ct);
        Assert.Equal("working", after.GetProperty("deadlineRule").GetProperty("unit").GetString());
        Assert.Equal(10, after.GetProperty("deadlineRule").GetProperty("days").GetInt32());
        Assert.Equal("Asia/Makassar", after.GetProperty("timeZone").GetString());
        Assert.Equal(7, after.GetProperty("retentionYears").GetInt32());
        var nextYear = Holidays(after).Where(h => h.Date.Year == NextYear).ToList();
        Assert.Equal(week.Select(w => DateOnly.Parse(w.date)), nextYear.Select(h => h.Date));
        Assert.All(nextYear, h => Assert.Equal("Libur pekan uji", h.Name));
        Assert.Equal(otherYears, Holidays(after).Where(h => h.Date.Year != NextYear).ToList());

        using var national = await Admin().PutAsJsonAsync(Path, new { holidays = new { year = NextYear, national = true } }, ct);

        Assert.Equal(HttpStatusCode.OK, national.StatusCode);
        var restored = await GetAsync(ct);
        Assert.Equal(TenantCatalog.NationalHolidays().Where(h => h.Date.Year == NextYear), Holidays(restored).Where(h => h.Date.Year == NextYear));
        Assert.Equal(7, restored.GetProperty("retentionYears").GetInt32());
    }

    [Fact]
    public async Task Bad_days_off_are_400_with_row_errors_in_both_languages_and_change_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await GetAsync(ct);
        var days = new object[]
        {
            new { date = $"{NextYear}-05-04", name = "Libur sah", kind = "national" },
            new { date = $"{NextYear + 1}-05-05", name = "Tahun lain", kind = "national" },
            new { date = $"{NextYear}-05-04", name = "Kembar", kind = "national" },
            new { date = $"{NextYear}-05-06", name = " ", kind = "national" },
            new { date = $"{NextYear}-05-07", name = "Jenis asing", kind = "ulang_tahun" },
        };

        using var response = await Admin().PutAsJsonAsync(Path, new { retentionYears = 31, holidays = new { year = NextYear, days } }, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains($"tahun {NextYear}", Message(errors, "holidays.days[1].date"));
        Assert.Contains($"must be in {NextYear}", Message(errors, "holidays.days[1].date"));
        Assert.Contains("sudah ada", Message(errors, "holidays.days[2].date"));
        Assert.Contains("Wajib diisi", Message(errors, "holidays.days[3].name"));
        Assert.Contains("cuti bersama", Message(errors, "holidays.days[4].kind"));
        Assert.Contains("tahun", Message(errors, "retentionYears"));
        Assert.False(errors.TryGetProperty("holidays.days[0].date", out _));

        using var tooMany = await Admin().PutAsJsonAsync(Path, new
        {
            holidays = new { year = NextYear, days = Enumerable.Range(0, 61).Select(i => new { date = new DateOnly(NextYear, 1, 1).AddDays(i).ToString("yyyy-MM-dd"), name = "Libur", kind = "national" }) },
        }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("60", Message((await tooMany.ReadJsonAsync()).GetProperty("errors"), "holidays.days"));

        using var farYear = await Admin().PutAsJsonAsync(Path, new { holidays = new { year = 1999, national = true } }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, farYear.StatusCode);
        Assert.Contains("Tahun antara", Message((await farYear.ReadJsonAsync()).GetProperty("errors"), "holidays.year"));

        var after = await GetAsync(ct);
        Assert.Equal(Holidays(before), Holidays(after));
        Assert.Equal(before.GetProperty("retentionYears").GetInt32(), after.GetProperty("retentionYears").GetInt32());
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
    }

    private async Task<JsonElement> GetAsync(CancellationToken ct) => await (await _host.Client().GetAsync(Path, ct)).ReadJsonAsync();

    private static List<TenantHoliday> Holidays(JsonElement profile) =>
        [.. profile.GetProperty("holidays").EnumerateArray().Select(h => new TenantHoliday(
            DateOnly.Parse(h.GetProperty("date").GetString()!), h.GetProperty("name").GetString()!, h.GetProperty("kind").GetString()!))];

    private static string Message(JsonElement errors, string field) =>
        string.Join(" ", errors.GetProperty(field).EnumerateArray().Select(m => m.GetString()));
}
