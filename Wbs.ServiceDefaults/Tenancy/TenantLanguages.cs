namespace Wbs.ServiceDefaults.Tenancy;

/// <summary>The two languages of WBS: Indonesian first, English second.</summary>
public static class TenantLanguages
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static readonly string[] All = [Indonesian, English];

    public static bool IsKnown(string? language) => language is not null && All.Contains(language);
}
