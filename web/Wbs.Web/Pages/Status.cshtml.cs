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

    public (string Title, string Text) Message => Code switch
    {
        404 => (Lang.T("Halaman tidak ditemukan", "Page not found"),
            Lang.T("Alamat yang Anda buka tidak ada. Periksa kembali alamatnya atau kembali ke halaman utama.",
                "The address you opened does not exist. Check it, or go back to the home page.")),
        503 => (Lang.T("Layanan sementara tidak tersedia", "The service is temporarily unavailable"),
            Lang.T("Silakan coba beberapa saat lagi.", "Please try again in a moment.")),
        >= 500 => (Lang.T("Terjadi kesalahan", "Something went wrong"), Lang.T("Silakan coba beberapa saat lagi.", "Please try again in a moment.")),
        _ => (Lang.T("Permintaan tidak dapat diproses", "The request could not be processed"),
            Lang.T("Periksa kembali permintaan Anda.", "Please check your request.")),
    };
}
