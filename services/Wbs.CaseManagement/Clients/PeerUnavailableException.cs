namespace Wbs.CaseManagement.Clients;

/// <summary>A peer service (Intake, Identity, EvidenceStorage) could not answer.</summary>
public sealed class PeerUnavailableException(string service, Exception? inner = null)
    : Exception($"The {service} service is unavailable.", inner)
{
    public string Service { get; } = service;
}
