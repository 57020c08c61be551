namespace Wbs.ServiceDefaults.Http;

/// <summary>A peer service did not answer, or answered in a way that says it cannot now; answered 503 (<see cref="PeerUnavailableExceptionHandler"/>).</summary>
public sealed class PeerUnavailableException(string service, Exception? inner = null)
    : Exception($"The {service} service is unavailable.", inner)
{
    public string Service { get; } = service;
}
