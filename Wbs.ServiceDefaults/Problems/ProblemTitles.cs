namespace Wbs.ServiceDefaults.Problems;

/// <summary>Indonesian first, English second: the titles every problem+json answer carries.</summary>
public static class ProblemTitles
{
    public static string For(int status) => status switch
    {
        400 => "Permintaan tidak valid / Bad request",
        401 => "Tidak terautentikasi / Unauthorized",
        403 => "Akses ditolak / Forbidden",
        404 => "Tidak ditemukan / Not found",
        409 => "Konflik / Conflict",
        412 => "Prasyarat tidak terpenuhi / Precondition failed",
        413 => "Terlalu besar / Payload too large",
        415 => "Jenis tidak didukung / Unsupported media type",
        422 => "Tidak dapat diproses / Unprocessable content",
        423 => "Terkunci / Locked",
        428 => "Bukti kerja diperlukan / Proof of work required",
        429 => "Terlalu banyak permintaan / Too many requests",
        _ when status >= 500 => "Terjadi kesalahan pada server / Server error",
        _ => "Kesalahan / Error",
    };
}
