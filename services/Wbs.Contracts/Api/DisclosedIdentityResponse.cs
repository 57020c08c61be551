namespace Wbs.Contracts.Api;

/// <summary>A disclosed identity, for the requester of an approved disclosure only.</summary>
public sealed record DisclosedIdentityResponse(string TrackingNumber, string? Name, string? Contact);
