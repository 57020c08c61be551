namespace Wbs.Web.Infrastructure.Api;

/// <summary>
/// An RFC 9457 answer of a service, reduced to what a page shows: a message and, for validation
/// failures, messages per field (the API's camelCase names, which the forms use as field names).
/// </summary>
public sealed record ApiProblem(int Status, string Message, IReadOnlyDictionary<string, string[]> Errors)
{
    public static ApiProblem Unavailable() => new(StatusCodes.Status503ServiceUnavailable,
        "Layanan sedang tidak tersedia. Silakan coba beberapa saat lagi. / The service is unavailable; please try again shortly.",
        new Dictionary<string, string[]>());

    /// <summary>The friendly text for a status when the service gave no detail.</summary>
    public static string DefaultMessage(int status) => status switch
    {
        400 or 422 => "Periksa kembali isian Anda. / Please check your entries.",
        401 => "Sesi Anda berakhir atau data masuk tidak cocok. Silakan masuk lagi. / Your session ended or the sign-in details do not match.",
        403 => "Anda tidak berwenang melakukan ini. / You are not allowed to do this.",
        404 => "Data tidak ditemukan. / Not found.",
        409 => "Permintaan bertentangan dengan keadaan saat ini. Muat ulang halaman lalu coba lagi. / The request conflicts with the current state.",
        413 => "Berkas terlalu besar. / The file is too large.",
        415 => "Jenis berkas tidak diizinkan. / File type not allowed.",
        429 => "Terlalu banyak percobaan. Coba lagi nanti. / Too many attempts; try again later.",
        _ => "Terjadi kesalahan pada layanan. Silakan coba lagi. / Something went wrong; please try again.",
    };
}
