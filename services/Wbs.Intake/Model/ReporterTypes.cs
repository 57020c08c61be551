namespace Wbs.Intake.Model;

public static class ReporterTypes
{
    /// <summary>A civil servant of the agency.</summary>
    public const string Internal = "internal";
    /// <summary>A member of the public.</summary>
    public const string External = "external";

    public static bool IsValid(string? value) => value is Internal or External;
}
