namespace Wbs.CaseManagement.Model;

/// <summary>Response-deadline arithmetic (pure, so the rules are unit-tested).</summary>
public static class SlaRules
{
    public const string OverdueStage = "overdue";

    /// <summary>Whole days left, rounded up; zero or negative once the deadline has passed.</summary>
    public static int DaysLeft(DateTimeOffset dueAt, DateTimeOffset now) =>
        (int)Math.Ceiling((dueAt - now).TotalDays);

    public static bool IsOverdue(string status, DateTimeOffset dueAt, DateTimeOffset now) =>
        !CaseStatus.IsFinal(status) && now > dueAt;

    /// <summary>
    /// The reminder stage a case is in now: <c>overdue</c> past the deadline, otherwise the smallest
    /// configured day count whose window has begun, or null. Earlier stages that were missed (e.g.
    /// while no instance ran) are not sent late: only the tightest stage goes out.
    /// </summary>
    public static string? CurrentStage(DateTimeOffset dueAt, DateTimeOffset now, IReadOnlyCollection<int> reminderDays) =>
        CurrentStage(now >= dueAt, (int)Math.Ceiling((dueAt - now).TotalDays), reminderDays);

    /// <summary>
    /// The same from the days left in the tenant's unit (<see cref="ResponseDeadline.DaysLeft"/>): with working
    /// days, the 3-day reminder goes out three working days ahead.
    /// </summary>
    public static string? CurrentStage(bool overdue, int daysLeft, IReadOnlyCollection<int> reminderDays)
    {
        if (overdue)
        {
            return OverdueStage;
        }
        var reached = reminderDays.Where(d => d > 0 && daysLeft <= d).ToList();
        return reached.Count == 0 ? null : reached.Min().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Met when the case was resolved by its deadline; missed when resolved late or still open past it.</summary>
    public static string Outcome(string status, DateTimeOffset dueAt, DateTimeOffset? resolvedAt, DateTimeOffset now) =>
        resolvedAt is { } r && CaseStatus.IsFinal(status)
            ? (r <= dueAt ? "met" : "missed")
            : (now > dueAt ? "missed" : "pending");
}
