namespace Wbs.Web.Infrastructure.Api;

/// <summary>
/// An RFC 9457 answer of a service, reduced to what a page shows: a message and, for validation
/// failures, messages per field (the API's camelCase names, which the forms use as field names);
/// for 428 the service's proof-of-work challenge, which the form hands to the browser.
/// </summary>
public sealed record ApiProblem(int Status, string Message, IReadOnlyDictionary<string, string[]> Errors,
    string? Challenge = null, int? Difficulty = null)
{
    public static ApiProblem Unavailable() => new(StatusCodes.Status503ServiceUnavailable,
        Lang.T("Layanan sedang tidak tersedia. Silakan coba beberapa saat lagi.", "The service is unavailable; please try again shortly."),
        new Dictionary<string, string[]>());

    /// <summary>The friendly text for a status when the service gave no detail.</summary>
    public static string DefaultMessage(int status) => status switch
    {
        400 or 422 => Lang.T("Periksa kembali isian Anda.", "Please check your entries."),
        401 => Lang.T("Sesi Anda berakhir atau data masuk tidak cocok. Silakan masuk lagi.", "Your session ended or the sign-in details do not match."),
        403 => Lang.T("Anda tidak berwenang melakukan ini.", "You are not allowed to do this."),
        404 => Lang.T("Data tidak ditemukan.", "Not found."),
        409 => Lang.T("Permintaan bertentangan dengan keadaan saat ini. Muat ulang halaman lalu coba lagi.", "The request conflicts with the current state."),
        413 => Lang.T("Berkas terlalu besar.", "The file is too large."),
        415 => Lang.T("Jenis berkas tidak diizinkan.", "File type not allowed."),
        428 => Lang.T("Pemeriksaan keamanan belum selesai. Tunggu beberapa detik, lalu kirim lagi; isian Anda tetap tersimpan.",
            "The security check is not finished yet. Wait a few seconds and send again; what you typed is kept."),
        429 => Lang.T("Terlalu banyak percobaan. Coba lagi nanti.", "Too many attempts; try again later."),
        _ => Lang.T("Terjadi kesalahan pada layanan. Silakan coba lagi.", "Something went wrong; please try again."),
    };
}
