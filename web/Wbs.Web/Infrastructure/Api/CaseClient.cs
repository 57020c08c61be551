namespace Wbs.Web.Infrastructure.Api;

/// <summary>CaseManagement (<c>http://casemanagement</c>): reporter views, the staff case console, audit and statistics.</summary>
public sealed class CaseClient(HttpClient http, ILogger<CaseClient> logger) : ServiceClient(http, logger)
{
    public Task<ApiResult<List<ReportSummary>>> ListReportsAsync(string tenant, CancellationToken cancellationToken) =>
        GetAsync<List<ReportSummary>>($"/api/{Segment(tenant)}/reports", cancellationToken);

    public Task<ApiResult<ReportDetail>> GetReportAsync(string tenant, string trackingNumber, CancellationToken cancellationToken) =>
        GetAsync<ReportDetail>($"/api/{Segment(tenant)}/reports/{Segment(trackingNumber)}", cancellationToken);

    public Task<ApiResult<NoContent>> PostReporterMessageAsync(string tenant, string trackingNumber, string body,
        CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/{Segment(tenant)}/reports/{Segment(trackingNumber)}/messages", new { body }, cancellationToken);

    public Task<ApiResult<NoContent>> AddEvidenceAsync(string tenant, string trackingNumber, IReadOnlyList<Guid> evidenceIds,
        CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/{Segment(tenant)}/reports/{Segment(trackingNumber)}/evidence", new { evidenceIds }, cancellationToken);

    public Task<ApiResult<CaseList>> ListCasesAsync(string tenant, string? status, string? assignee, string? q, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["status"] = status, ["assignee"] = assignee, ["q"] = q, ["page"] = page.ToString(), ["pageSize"] = pageSize.ToString(),
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
        return GetAsync<CaseList>($"/api/{Segment(tenant)}/cases{query}", cancellationToken);
    }

    public Task<ApiResult<CaseDetail>> GetCaseAsync(string tenant, string trackingNumber, CancellationToken cancellationToken) =>
        GetAsync<CaseDetail>($"/api/{Segment(tenant)}/cases/{Segment(trackingNumber)}", cancellationToken);

    public Task<ApiResult<NoContent>> TransitionAsync(string tenant, string trackingNumber, TransitionRequest request,
        CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/{Segment(tenant)}/cases/{Segment(trackingNumber)}/transitions", request, cancellationToken);

    public Task<ApiResult<NoContent>> AssignAsync(string tenant, string trackingNumber, Guid assigneeId, CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/{Segment(tenant)}/cases/{Segment(trackingNumber)}/assignment", new { assigneeId }, cancellationToken);

    public Task<ApiResult<NoContent>> PostStaffMessageAsync(string tenant, string trackingNumber, string body, CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/{Segment(tenant)}/cases/{Segment(trackingNumber)}/messages", new { body }, cancellationToken);

    public Task<ApiResult<NoContent>> PostNoteAsync(string tenant, string trackingNumber, string body, CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/{Segment(tenant)}/cases/{Segment(trackingNumber)}/notes", new { body }, cancellationToken);

    public Task<ApiResult<NoContent>> RequestDisclosureAsync(string tenant, string trackingNumber, string reason,
        CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/{Segment(tenant)}/cases/{Segment(trackingNumber)}/disclosures", new { reason }, cancellationToken);

    /// <summary>Custodians get every request of the tenant, other staff their own; <paramref name="status"/> narrows it.</summary>
    public Task<ApiResult<DisclosureList>> ListDisclosuresAsync(string tenant, string? status, CancellationToken cancellationToken) =>
        GetAsync<DisclosureList>($"/api/{Segment(tenant)}/disclosures{(status is null ? "" : "?status=" + Segment(status))}", cancellationToken);

    public Task<ApiResult<NoContent>> DecideDisclosureAsync(string tenant, Guid disclosureId, bool approve, string? note,
        CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/{Segment(tenant)}/disclosures/{disclosureId}/decision", new { approve, note }, cancellationToken);

    public Task<ApiResult<ForwardingCreated>> ForwardAsync(string tenant, string trackingNumber, ForwardingRequest request,
        CancellationToken cancellationToken) =>
        PostAsync<ForwardingCreated>($"/api/{Segment(tenant)}/cases/{Segment(trackingNumber)}/forwardings", request, cancellationToken);

    public Task<ApiResult<List<ForwardingItem>>> ListForwardingsAsync(string tenant, string trackingNumber, CancellationToken cancellationToken) =>
        GetAsync<List<ForwardingItem>>($"/api/{Segment(tenant)}/cases/{Segment(trackingNumber)}/forwardings", cancellationToken);

    /// <summary>The signed ZIP as CaseManagement made it (its export is audited there).</summary>
    public Task<ApiResult<byte[]>> GetForwardingPackageAsync(string tenant, string trackingNumber, Guid forwardingId,
        CancellationToken cancellationToken) =>
        GetAsync<byte[]>($"/api/{Segment(tenant)}/cases/{Segment(trackingNumber)}/forwardings/{forwardingId}/package", cancellationToken);

    public Task<ApiResult<AuditList>> ListAuditAsync(string tenant, string? trackingNumber, string? actor, DateTimeOffset? from, DateTimeOffset? to,
        CancellationToken cancellationToken) =>
        GetAsync<AuditList>($"/api/{Segment(tenant)}/audit{Range(from, to, ("trackingNumber", trackingNumber), ("actor", actor))}",
            cancellationToken);

    public Task<ApiResult<AuditVerification>> VerifyAuditAsync(string tenant, CancellationToken cancellationToken) =>
        GetAsync<AuditVerification>($"/api/{Segment(tenant)}/audit/verify", cancellationToken);

    public Task<ApiResult<CaseStatistics>> GetStatisticsAsync(string tenant, DateTimeOffset? from, DateTimeOffset? to,
        CancellationToken cancellationToken) =>
        GetAsync<CaseStatistics>($"/api/{Segment(tenant)}/statistics{Range(from, to)}", cancellationToken);

    /// <summary>
    /// A statistics file as CaseManagement makes it, byte for byte (the CSV keeps its BOM): <c>""</c> with
    /// <c>format=csv</c>, <c>charts/{name}</c> (SVG) or <c>report</c> (PDF).
    /// </summary>
    public Task<ApiResult<byte[]>> GetStatisticsFileAsync(string tenant, string rest, DateTimeOffset? from, DateTimeOffset? to, string? lang,
        CancellationToken cancellationToken) =>
        GetAsync<byte[]>($"/api/{Segment(tenant)}/statistics{(rest.Length > 0 ? "/" + rest : "")}"
            + Range(from, to, ("format", rest.Length == 0 ? "csv" : null), ("lang", lang)), cancellationToken);

    /// <summary>Instants in UTC: CaseManagement compares them with timestamptz columns, which take only offset zero.</summary>
    private static QueryString Range(DateTimeOffset? from, DateTimeOffset? to, params (string Name, string? Value)[] more) =>
        QueryString.Create(more
            .Append(("from", from?.ToUniversalTime().ToString("O")))
            .Append(("to", to?.ToUniversalTime().ToString("O")))
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2)));
}
