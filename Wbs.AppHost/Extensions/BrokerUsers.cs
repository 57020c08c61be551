using System.Net.Http.Json;

namespace Wbs.AppHost.Extensions;

/// <summary>
/// The per-service publish map, read from the code: who calls <c>AddIntegrationEvent</c> with which event, and which
/// <c>IConsumer&lt;T&gt;</c> each service has. Every service asks Identity for active session revocations
/// (<c>ActiveSessionRevocationsRequested</c>) and hears <c>SessionsRevoked</c> (Wbs.ServiceDefaults/Auth) and Intake's
/// <c>TenantProfileChanged</c> (Wbs.ServiceDefaults/Tenancy).
/// </summary>
public static class BrokerUsers
{
    private static readonly string[] EveryonePublishes = ["ActiveSessionRevocationsRequested"];
    private static readonly string[] EveryoneConsumes = ["SessionsRevoked", "TenantProfileChanged"];

    public static readonly IReadOnlyList<BrokerUser> All =
    [
        Of("intake", "Wbs.Intake", ["ComplaintSubmitted", "TenantProfileChanged"], ["ReporterAccountLinked", "CaseContentExpired"]),
        Of("identity", "Wbs.Identity", ["ReporterAccountLinked", "SessionsRevoked", "IdentityActRecorded"], ["ComplaintSubmitted", "ActiveSessionRevocationsRequested"],
            answersRequests: true),
        Of("casemanagement", "Wbs.CaseManagement",
            ["CaseStatusChanged", "CaseAssigned", "CaseMessagePosted", "SlaDeadlineApproaching", "CaseContentExpired", "IdentityDisclosed"],
            ["ComplaintSubmitted", "EvidenceAttached", "EvidenceViewed", "ReporterAccountLinked", "IdentityActRecorded"]),
        Of("evidencestorage", "Wbs.EvidenceStorage", ["EvidenceAttached", "EvidenceViewed"], ["ComplaintSubmitted", "CaseContentExpired"]),
        Of("notification", "Wbs.Notification", [],
            ["ComplaintSubmitted", "ReporterAccountLinked", "CaseStatusChanged", "CaseAssigned", "CaseMessagePosted", "SlaDeadlineApproaching", "IdentityDisclosed"]),
    ];

    private static BrokerUser Of(string service, string process, string[] publishes, string[] consumes, bool answersRequests = false) =>
        new(service, process, [.. publishes, .. EveryonePublishes], [.. consumes, .. EveryoneConsumes], answersRequests);

    /// <summary>Creates (or updates) the user with its password and its permissions on <paramref name="virtualHost"/>, through the management API.</summary>
    public static async Task ApplyAsync(HttpClient management, BrokerUser user, string password, string virtualHost, CancellationToken cancellationToken)
    {
        var name = Uri.EscapeDataString(user.Service);
        (await management.PutAsJsonAsync($"users/{name}", new { password, tags = "" }, cancellationToken)).EnsureSuccessStatusCode();
        (await management.PutAsJsonAsync($"permissions/{Uri.EscapeDataString(virtualHost)}/{name}",
            new { configure = user.Configure, write = user.Write, read = user.Read }, cancellationToken)).EnsureSuccessStatusCode();
    }
}
