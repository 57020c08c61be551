using System.Net.Http.Json;
using System.Text.Json;

namespace Wbs.Intake.Tests;

public static class Samples
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static object Complaint(string marker = "penggelembungan anggaran", string category = "korupsi") => new
    {
        reporterType = "internal",
        category,
        title = $"Dugaan {marker}",
        what = $"Terjadi {marker} pada kegiatan pengadaan laptop dinas tahun ini.",
        where = "Kantor dinas, lantai 2",
        when = "Maret 2026",
        who = null as string,
        how = null as string,
        evidenceIds = Array.Empty<Guid>(),
        identity = null as object,
    };

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);
}
