namespace Wbs.Intake.Apis;

/// <summary>
/// Checks one year of days off: a year from last year to five years ahead (the agency's clock), at most
/// <see cref="MaxDays"/> days, each inside that year, once, named, of a known kind.
/// Errors name the row (<c>holidays.days[2].date</c>) so the console shows them beside it.
/// </summary>
public static class HolidayYearValidator
{
    public const string Field = "holidays";
    public const int MaxDays = 60;

    public static void Validate(HolidayYearRequest request, ValidationErrors errors, DateTimeOffset now)
    {
        var (min, max) = (now.Year - 1, now.Year + 5);
        if (request.Year < min || request.Year > max)
        {
            errors.Add($"{Field}.year", ValidationMessages.YearBetween(min, max));
            return;
        }
        if (request.National)
        {
            return;
        }
        var days = request.Days ?? [];
        if (days.Count > MaxDays)
        {
            errors.Add($"{Field}.days", ValidationMessages.AtMostItems(MaxDays));
            return;
        }
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < days.Count; i++)
        {
            var row = $"{Field}.days[{i}]";
            if (days[i].Date.Year != request.Year)
            {
                errors.Add($"{row}.date", ValidationMessages.DateInYear(request.Year));
            }
            else if (!seen.Add(days[i].Date))
            {
                errors.Add($"{row}.date", ValidationMessages.DuplicateDate);
            }
            errors.Length($"{row}.name", days[i].Name, 1, 100);
            if (days[i].Kind is not (TenantHoliday.National or TenantHoliday.CutiBersama))
            {
                errors.Add($"{row}.kind", ValidationMessages.HolidayKind);
            }
        }
    }
}
