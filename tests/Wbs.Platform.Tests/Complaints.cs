namespace Wbs.Platform.Tests;

public static class Complaints
{
    public static object Sample(string title, string category = "korupsi", string? what = null) => new
    {
        reporterType = "external",
        category,
        title,
        what = what ?? $"{title}: terjadi berulang kali pada hari kerja, disaksikan beberapa warga.",
        where = "Kantor pelayanan",
        when = "Januari 2026",
    };
}
