namespace Wbs.CaseManagement.Apis.Dtos;

/// <summary>The public key that verifies forwarding packages (ECDSA P-256, SHA-256, IEEE P1363 signatures).</summary>
public sealed record SigningKeyResponse(string Algorithm, string KeyId, string PublicKeyPem);
