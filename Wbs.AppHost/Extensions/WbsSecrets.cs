namespace Wbs.AppHost.Extensions;

/// <summary>The platform's secrets, created on first run under <c>.wbs/secrets</c> (mode 600) and kept.</summary>
public sealed record WbsSecrets
{
    public required string PostgresPassword { get; init; }
    /// <summary>The broker's own user (management UI, ops); services connect as users of their own.</summary>
    public required string RabbitMqPassword { get; init; }
    /// <summary>Each service's own RabbitMQ user password, by service name (<see cref="BrokerUsers"/>).</summary>
    public required IReadOnlyDictionary<string, string> BrokerPasswords { get; init; }
    /// <summary>Each service's own PostgreSQL role password, by database name (least privilege: no service logs in as the superuser).</summary>
    public required IReadOnlyDictionary<string, string> DatabasePasswords { get; init; }
    /// <summary>Purpose (<c>KeyPurposes</c>) → the file of its key ring (current key first); a service gets only the files of its purposes.</summary>
    public required IReadOnlyDictionary<string, string> KeyRingFiles { get; init; }
    public required string DashboardToken { get; init; }
    /// <summary>The web app's HMAC key for reporters' receipts (base64, 32 bytes): receipts verify across restarts.</summary>
    public required string ReceiptSigningKey { get; init; }
    /// <summary>CaseManagement's ECDSA P-256 key (PKCS#8 PEM) that signs forwarding packages.</summary>
    public required string ForwardingSigningKeyFile { get; init; }
    /// <summary>The proof-of-work key the gateway, Identity and the web app share (a challenge from one is good at the others).</summary>
    public required string ProofOfWorkKey { get; init; }
    /// <summary>CaseManagement's HMAC key of the audit chain (base64, 32 bytes), outside the database.</summary>
    public required string AuditChainKeyFile { get; init; }
    /// <summary>Each calling service's client secret for its service identity, by service name (Identity holds them all).</summary>
    public required IReadOnlyDictionary<string, string> ServiceClientSecrets { get; init; }
    /// <summary>Development only: the seeded staff users (JSON array read by Identity).</summary>
    public string? DevStaffFile { get; init; }
}
