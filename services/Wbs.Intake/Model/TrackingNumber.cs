namespace Wbs.Intake.Model;

/// <summary>The staff-facing number of a report, e.g. <c>WBS-2026-000042</c>. It grants nothing.</summary>
public static class TrackingNumber
{
    public static string Format(int year, long sequence) => $"WBS-{year}-{sequence:D6}";
}
