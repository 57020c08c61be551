namespace Wbs.Web.Infrastructure.Receipts;

/// <summary>
/// What a receipt vouches for: a report of this tenant with this tracking number was received at
/// this time with content of this SHA-256 digest; the complaint code only when the reporter asked.
/// </summary>
public sealed record Receipt(string Tenant, string TrackingNumber, DateTimeOffset SubmittedAt, string ContentDigest, string? ComplaintCode = null);
