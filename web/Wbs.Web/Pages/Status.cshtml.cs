using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Pages;

/// <summary>The HTML answer for error statuses (re-executed by the status-code-pages middleware).</summary>
[IgnoreAntiforgeryToken] // Re-executed for failed POSTs too; it changes nothing.
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = Code;
        }
    }

    public void OnPost(int code) => OnGet(code);

    public (string Title, string Text, string English) Message => Code switch
    {
        404 => ("Halaman tidak ditemukan", "Alamat yang Anda buka tidak ada. Periksa kembali alamatnya atau kembali ke halaman utama.",
            "Page not found."),
        503 => ("Layanan sementara tidak tersedia", "Silakan coba beberapa saat lagi.", "The service is temporarily unavailable."),
        >= 500 => ("Terjadi kesalahan", "Silakan coba beberapa saat lagi.", "Something went wrong."),
        _ => ("Permintaan tidak dapat diproses", "Periksa kembali permintaan Anda.", "The request could not be processed."),
    };
}
