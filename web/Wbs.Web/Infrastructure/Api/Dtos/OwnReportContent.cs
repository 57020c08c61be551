namespace Wbs.Web.Infrastructure.Api.Dtos;

/// <summary>What the reporter wrote, as Intake answers it to the report's own code or account (its internal content read).</summary>
public sealed record OwnReportContent(string TrackingNumber, string Category, string ReporterType, string Title, string? What, string? Where,
    string? When, string? Who, string? How);
