namespace Wbs.CaseManagement.Services;

/// <summary>Reads the metadata of a tenant's cases in a period and counts them (never content).</summary>
public sealed class StatisticsReader(CaseDbContext db, TimeProvider clock)
{
    public async Task<CaseStatistics> ReadAsync(TenantProfile tenant, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking().Where(c => c.Tenant == tenant.Slug);
        if (from is { } f) { var utc = f.ToUniversalTime(); cases = cases.Where(c => c.SubmittedAt >= utc); }
        if (to is { } t) { var utc = t.ToUniversalTime(); cases = cases.Where(c => c.SubmittedAt <= utc); }
        var facts = await cases
            .Select(c => new CaseFacts(c.Status, c.Category, c.ReporterType, c.Outcome, c.SubmittedAt, c.ResponseDueAt,
                c.FirstResponseAt, c.ResolvedAt, c.Channel))
            .ToListAsync(cancellationToken);
        return StatisticsCalculator.Compute(facts, clock.GetUtcNow(), from, to, TenantTimeZones.Find(tenant.TimeZone));
    }

    /// <summary>The errors of a query (a period that ends before it starts, an unknown format or language), or null.</summary>
    public static Dictionary<string, string[]>? Errors(StatisticsQuery query)
    {
        var errors = new Dictionary<string, string[]>();
        if (query is { From: { } f, To: { } t } && f > t)
        {
            errors["to"] = ["Tanggal akhir harus sesudah tanggal awal. / The end date must be after the start date."];
        }
        if (query.Format is { } format && format is not ("csv" or "json"))
        {
            errors["format"] = ["Format: csv atau json. / Format: csv or json."];
        }
        if (query.Lang is { } lang && lang is not (ReaderLanguage.Indonesian or ReaderLanguage.English))
        {
            errors["lang"] = ["Bahasa: id atau en. / Language: id or en."];
        }
        return errors.Count == 0 ? null : errors;
    }
}
