namespace Wbs.Web.Infrastructure.Localisation;

/// <summary>
/// The time zone of the tenant a request is for (its profile's <c>timeZone</c>, an IANA id), so
/// every date on its pages reads in the agency's local time with the Indonesian zone name.
/// </summary>
public static class TenantZone
{
    private static readonly AsyncLocal<TimeZoneInfo?> CurrentZone = new();

    public const string DefaultId = "Asia/Jakarta";

    private static readonly TimeZoneInfo Default = Find(DefaultId);

    public static TimeZoneInfo Current => CurrentZone.Value ?? Default;

    public static TimeZoneInfo Find(string? id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id is { Length: > 0 } ? id : DefaultId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Without tzdata (a bare container) Indonesia's zones have fixed offsets and no daylight saving.
            return TimeZoneInfo.CreateCustomTimeZone(id ?? DefaultId, TimeSpan.FromHours(7), id, id);
        }
    }

    /// <summary>WIB, WITA or WIT by offset (Indonesia's three zones); UTC±h elsewhere.</summary>
    public static string Abbreviation(TimeSpan offset) => offset.TotalHours switch
    {
        7 => "WIB",
        8 => "WITA",
        9 => "WIT",
        var h => $"UTC{(h >= 0 ? "+" : "")}{h:0.#}",
    };

    /// <summary>Sets the zone from the request's <c>{tenant}</c> route value; runs after routing.</summary>
    public static WebApplication UseTenantZone(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var catalog = context.RequestServices.GetRequiredService<TenantCatalog>();
            if (context.GetRouteValue("tenant") is string slug && catalog.Find(slug) is { } tenant)
            {
                CurrentZone.Value = Find(tenant.TimeZone);
            }
            return next(context);
        });
        return app;
    }
}
