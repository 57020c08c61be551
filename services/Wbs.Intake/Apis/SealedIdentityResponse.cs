namespace Wbs.Intake.Apis;

/// <summary>What the reporter learns after leaving an identity: that it is sealed, never the identity itself.</summary>
public sealed record SealedIdentityResponse(string TrackingNumber, bool HasSealedIdentity);

/// <summary>A disclosed identity, for the requester of an approved disclosure only.</summary>
public sealed record DisclosedIdentityResponse(string TrackingNumber, string? Name, string? Contact);
