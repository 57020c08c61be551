namespace Wbs.CaseManagement.Model;

/// <summary>The 4W+1H of a report as it leaves the agency (after redaction).</summary>
public sealed record SharedReport(string Title, string? What, string? Where, string? When, string? Who, string? How)
{
    public static SharedReport From(ComplaintContentResponse c) => new(c.Title, c.What, c.Where, c.When, c.Who, c.How);
}
