namespace Wbs.Gateway.Infrastructure;

/// <summary>
/// A group of public paths served by one service. Budgets and body limits apply per family and
/// tenant, never per client: the gateway does not look at who is asking.
/// </summary>
/// <param name="PermitsPerMinute">Anonymous writes per tenant and minute before proof of work is asked (and then made harder).</param>
/// <param name="Concurrency">Requests per tenant served at once; more wait their turn in a queue instead of being refused.</param>
/// <param name="AnonymousWrites">Paths below <c>/api/{tenant}/</c> that a POST without an account may use: these may answer 428.</param>
public sealed record RouteFamily(
    string Name, string Service, string[] Paths, long MaxBodyBytes, int PermitsPerMinute, int Concurrency, string[] AnonymousWrites)
{
    public const long MiB = 1024 * 1024;

    /// <summary>
    /// Past the budget its anonymous writes answer 429 with <c>Retry-After</c> instead of 428 (staff sign-in: API.md lists
    /// 200, 401 and 429 for it). A proof of work solved ahead (<c>GET /api/{tenant}/challenges?for=…</c>) still lets one
    /// through, so a flood holds back whoever does not pay, and locks out nobody who does.
    /// </summary>
    public bool RefusedUnderPressure { get; init; }

    /// <summary>The agreed routing table (see the topology contract); everything unmatched goes to the web front end.</summary>
    public static readonly RouteFamily[] All =
    [
        // Intake keeps reports and sealed identities: it takes staff-entered reports and the identity paths,
        // which are more specific than CaseManagement's catch-alls below (a "METHOD " prefix limits a path to that method).
        new("intake", "intake",
            ["/api/{tenant}/profile", "/api/{tenant}/complaints", "POST /api/{tenant}/cases", "GET /api/{tenant}/cases/{trackingNumber}/identity",
             "PUT /api/{tenant}/reports/{trackingNumber}/identity", "/api/platform/tenants", "/api/platform/tenants/{slug}"], 1 * MiB, 60, 32,
            ["complaints"]),
        new("identity", "identity", ["POST /api/platform/tenants/{slug}/admins", "/api/{tenant}/sessions/{**rest}", "/api/{tenant}/accounts/{**rest}", "/api/{tenant}/staff/{**rest}"], 1 * MiB, 120, 32,
            ["sessions", "accounts"]),
        // Staff sign-in has a budget of its own, so that no flood of reporters' sign-ins holds it back, and is throttled (429), not asked to pay.
        new("staff-sessions", "identity", ["POST /api/{tenant}/staff/sessions"], 1 * MiB, 30, 8, ["staff/sessions"]) { RefusedUnderPressure = true },
        // Phone videos: EvidenceStorage applies each tenant's own limits (documents, media) below this one. A resumable
        // upload is budgeted once, at its creation (POST …/evidence/uploads); its PATCH, HEAD and DELETE are not anonymous writes.
        new("evidence", "evidencestorage", ["/api/{tenant}/evidence/{**rest}"], 1025 * MiB, 60, 16, ["evidence", "evidence/uploads"]),
        new("cases", "casemanagement",
            ["/api/{tenant}/reports/{**rest}", "/api/{tenant}/cases/{**rest}", "/api/{tenant}/audit/{**rest}", "/api/{tenant}/statistics/{**rest}",
             "/api/{tenant}/forwardings/{**rest}", "/api/{tenant}/retention/{**rest}",
             "/api/{tenant}/disclosures/{**rest}"], 1 * MiB, 0, 64, []),
        new("notifications", "notification", ["/api/{tenant}/notifications/{**rest}"], 1 * MiB, 0, 32, []),
        // The server-rendered portal posts its forms (evidence included) through here; it asks its own proof of work.
        // As large as evidence uploads: the report form streams a phone video on to EvidenceStorage, and a form over
        // its own limit (Web:UploadForm:MaxBytes) is answered by the web app with everything typed, not by the gateway.
        // Every other page keeps Kestrel's default limit in the web app.
        new("web", "web", ["/{**catch-all}"], 1025 * MiB, 0, 64, []),
    ];

    /// <summary>
    /// Small requests only: these share HTTP/2 connections to their service when it offers them. Large uploads
    /// (evidence, the portal's forms) stream over HTTP/1.1 connections of their own, without HTTP/2's flow control.
    /// </summary>
    public bool Multiplexed => MaxBodyBytes <= MiB;

    public static long LargestBody => All.Max(f => f.MaxBodyBytes);

    public static RouteFamily? Find(string? name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>Families whose anonymous writes may ask for proof of work: the values <c>?for=</c> takes.</summary>
    public static IEnumerable<RouteFamily> WithProofOfWork => All.Where(f => f.AnonymousWrites.Length > 0);

    public bool IsAnonymousWrite(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && RequestTenant.Rest(request.Path) is { } rest
        && AnonymousWrites.Any(w => rest.Equals(w, StringComparison.OrdinalIgnoreCase));
}
