using System.Net.Http.Json;
using System.Text.Json;

namespace Wbs.Bench;

public static class Payloads
{
    public static object Complaint(int i) => new
    {
        reporterType = i % 2 == 0 ? "internal" : "external",
        category = "pelayanan_publik",
        title = $"Laporan uji beban nomor {i}",
        what = "Pungutan tambahan di loket pelayanan untuk mempercepat pengurusan dokumen kependudukan.",
        where = "Kantor kecamatan",
        when = "Pekan lalu",
    };

    public static async Task<JsonElement> SubmitAsync(HttpClient http, int i)
    {
        using var response = await http.PostAsJsonAsync("/api/banjarnegara/complaints", Complaint(i));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
