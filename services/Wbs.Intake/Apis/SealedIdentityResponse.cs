namespace Wbs.Intake.Apis;

/// <summary>What the reporter learns after leaving an identity: that it is sealed, never the identity itself.</summary>
public sealed record SealedIdentityResponse(string TrackingNumber, bool HasSealedIdentity);
