using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wbs.TestSupport;

namespace Wbs.Web.Tests;

/// <summary>A real Kestrel stand-in for Intake's public profile endpoint, with data unlike the shipped seed.</summary>
public sealed class ProfileStub : IAsyncDisposable
{
    public const string Name = "Inspektorat Uji Coba Banjarnegara";
    public const string Address = "Jl. Pengujian No. 7, Banjarnegara 53499";
    public const string Email = "wbs-uji@banjarnegara.test";
    public const string Phone = "(0286) 123456";
    public const string LegalBasis = "Peraturan Uji Nomor 1 Tahun 2026";

    private LoopbackServer _server = null!;

    public Uri BaseAddress => _server.Address;

    public int Requests { get; private set; }

    public static async Task<ProfileStub> StartAsync()
    {
        var stub = new ProfileStub();
        stub._server = await LoopbackServer.StartAsync(app => app.MapGet("/api/{tenant}/profile", (string tenant) =>
        {
            stub.Requests++;
            return tenant != "banjarnegara"
                ? Results.Problem(statusCode: 404, detail: "Instansi tidak dikenal.")
                : Results.Json(new
                {
                    slug = "banjarnegara",
                    name = Name,
                    shortName = "WBS Uji",
                    logo = "/img/banjarnegara.svg",
                    tagline = "Slogan uji <b>tidak</b> boleh jadi HTML.",
                    legalBasis = LegalBasis,
                    categories = new[] { new { code = "korupsi", label = "Korupsi uji" } },
                    responseDays = 21,
                    acknowledgementDays = 3,
                    accountFlow = "code-first",
                    maxEvidenceBytes = 1000,
                    contact = new { address = Address, emails = new[] { Email }, phones = new[] { Phone } },
                    faq = new[] { new { q = "Pertanyaan uji?", a = "Jawaban uji." } },
                });
        }));
        return stub;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
