namespace Wbs.ServiceDefaults.Problems;

/// <summary>The messages of every service's validators, each written once (Indonesian / English).</summary>
public static class ValidationMessages
{
    public const string Required = "Wajib diisi. / Required.";

    public const string InvalidEvidenceIds = "Id bukti tidak valid. / Invalid evidence id.";

    public static string AtLeastCharacters(int min) => $"Minimal {min} karakter. / At least {min} characters.";

    public static string AtMostCharacters(int max) => $"Maksimal {max} karakter. / At most {max} characters.";

    public static string AtMostFiles(int max) => $"Maksimal {max} berkas. / At most {max} files.";

    public static string AtMostItems(int max) => $"Paling banyak {max}. / At most {max}.";

    public const string DuplicateDate = "Tanggal ini sudah ada di daftar. / This date is already listed.";

    public const string HolidayKind = "Pilih libur nasional atau cuti bersama. / Choose national holiday or joint leave.";

    public static string DateInYear(int year) => $"Tanggal harus di tahun {year}. / The date must be in {year}.";

    public static string YearBetween(int min, int max) => $"Tahun antara {min} dan {max}. / A year from {min} to {max}.";
}
