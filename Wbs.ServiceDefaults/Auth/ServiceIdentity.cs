namespace Wbs.ServiceDefaults.Auth;

/// <summary>
/// Service identities: a client-credentials token that Identity issues to each service for its own
/// client secret (<c>POST /internal/service-tokens</c>). Callers send it in <see cref="Header"/> next to
/// the user's token (which stays in <c>Authorization</c>); every <c>/internal</c> endpoint names the
/// services that may call it (<see cref="ServiceCallerExtensions.RequireServiceCaller{TBuilder}"/>).
/// </summary>
public static class ServiceIdentity
{
    public const string Scheme = "ServiceIdentity";
    public const string Header = "Wbs-Service-Authorization";
    /// <summary>Service tokens are for <c>/internal</c> endpoints only: no public endpoint accepts this audience.</summary>
    public const string Audience = "wbs-internal";
    public const string Kind = "service";
    /// <summary>The calling service's name, e.g. <c>casemanagement</c>.</summary>
    public const string ServiceClaim = "svc";
    public const string TokenPath = "internal/service-tokens";

    /// <summary>The names services are known by (as in the AppHost).</summary>
    public static class Services
    {
        public const string Identity = "identity";
        public const string Intake = "intake";
        public const string CaseManagement = "casemanagement";
        public const string EvidenceStorage = "evidencestorage";
        public const string Web = "web";
    }
}
