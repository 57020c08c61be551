namespace Wbs.Contracts.Api;

/// <summary>A tenant's response duty: <see cref="Days"/> calendar days, or working days (no weekends, holidays or cuti bersama).</summary>
public sealed record DeadlineRule
{
    public const string Calendar = "calendar";
    public const string Working = "working";

    public int Days { get; init; } = 30;
    public string Unit { get; init; } = Calendar;

    public bool IsValid => Days is > 0 and <= 365 && Unit is Calendar or Working;
}
