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
}
