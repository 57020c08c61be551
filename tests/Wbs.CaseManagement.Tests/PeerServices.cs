using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wbs.TestSupport;

namespace Wbs.CaseManagement.Tests;

/// <summary>
/// A real Kestrel endpoint serving the internal HTTP contracts of Intake and Identity with canned
/// data (the end-to-end tests run the real pair). It records the Authorization header it received,
/// and <see cref="Available"/> = false makes it answer 503 as a broken peer would.
/// </summary>
public sealed class PeerServices : IAsyncDisposable
{
    private LoopbackServer _server = null!;

    public ConcurrentDictionary<string, string> Titles { get; } = new();
    /// <summary>When Intake says a report was submitted and is due (also for reports whose case is not open yet).</summary>
    public ConcurrentDictionary<string, (DateTimeOffset SubmittedAt, DateTimeOffset ResponseDueAt)> Dates { get; } = new();
    public ConcurrentBag<object> Staff { get; } = [];
    /// <summary>What Identity says each account follows, keyed by the account token's Authorization header.</summary>
    public ConcurrentDictionary<string, string[]> Linked { get; } = new();
    public ConcurrentQueue<string> Authorizations { get; } = new();
    /// <summary>Every request received, as "METHOD path".</summary>
    public ConcurrentQueue<string> Requests { get; } = new();
    public ConcurrentBag<Guid> UploadedEvidence { get; } = [];
    public ConcurrentQueue<AttachRequest> Attached { get; } = new();
    /// <summary>The names EvidenceStorage holds (sealed there) for uploads, as it answers <c>/names</c>.</summary>
    public ConcurrentDictionary<Guid, string> EvidenceNames { get; } = new();
    /// <summary>False makes <c>/names</c> alone answer 503, as EvidenceStorage down while Intake answers.</summary>
    public volatile bool EvidenceNamesAvailable = true;
    public volatile bool Available = true;
    public Uri Address => _server.Address;

    public static async Task<PeerServices> StartAsync()
    {
        var peers = new PeerServices();
        peers._server = await LoopbackServer.StartAsync(app => Map(app, peers));
        return peers;
    }

    /// <summary>A time as Intake's database gives it back (and CaseManagement's keeps it): PostgreSQL keeps microseconds.</summary>
    private static DateTimeOffset AsStored(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % 10, TimeSpan.Zero);

    private static void Map(WebApplication app, PeerServices peers)
    {
        app.Use(async (http, next) =>
        {
            peers.Authorizations.Enqueue(http.Request.Headers.Authorization.ToString());
            peers.Requests.Enqueue($"{http.Request.Method} {http.Request.Path}");
            if (!peers.Available)
            {
                http.Response.StatusCode = 503;
                return;
            }
            await next(http);
        });
        app.MapPost("/internal/{tenant}/complaints/titles", (TitlesRequest request) => Results.Ok(new
        {
            items = request.TrackingNumbers.Where(peers.Titles.ContainsKey).Select(tn => new { trackingNumber = tn, title = peers.Titles[tn] }),
        }));
        app.MapGet("/internal/{tenant}/complaints/search", (string q) => Results.Ok(new
        {
            items = peers.Titles.Where(t => t.Value.Contains(q, StringComparison.OrdinalIgnoreCase))
                .Select(t => new { trackingNumber = t.Key, title = t.Value, responseDueAt = AsStored(peers.Dates.GetValueOrDefault(t.Key).ResponseDueAt) }),
        }));
        app.MapGet("/internal/{tenant}/complaints/{trackingNumber}", (string trackingNumber) =>
            peers.Titles.TryGetValue(trackingNumber, out var title)
                ? Results.Ok(new
                {
                    complaintId = Guid.Empty,
                    trackingNumber,
                    category = "korupsi",
                    reporterType = "external",
                    title,
                    what = $"Isi laporan {trackingNumber}: dana desa dipotong.",
                    where = "Kantor desa",
                    when = (string?)null,
                    who = "Kepala desa",
                    how = (string?)null,
                    completeness = new { what = true, where = true, when = false, who = true, how = false },
                    hasSealedIdentity = false,
                    submittedAt = peers.Dates.GetValueOrDefault(trackingNumber).SubmittedAt,
                    responseDueAt = peers.Dates.GetValueOrDefault(trackingNumber).ResponseDueAt,
                })
                : Results.NotFound());
        app.MapGet("/internal/{tenant}/staff", () => Results.Ok(peers.Staff.ToArray()));
        app.MapGet("/internal/{tenant}/accounts/current/reports", (HttpRequest request) => Results.Ok(new
        {
            linkedReports = peers.Linked.GetValueOrDefault(request.Headers.Authorization.ToString(), []),
        }));
        app.MapPost("/internal/{tenant}/evidence/attach", (AttachRequest request) =>
        {
            var invalid = request.EvidenceIds.Where(id => !peers.UploadedEvidence.Contains(id)).ToList();
            if (invalid.Count > 0)
            {
                return Results.Problem(statusCode: 422, detail: "Berkas tidak sah.", extensions: new Dictionary<string, object?> { ["invalid"] = invalid });
            }
            peers.Attached.Enqueue(request);
            return Results.Ok();
        });
        app.MapPost("/internal/{tenant}/evidence/names", (NamesRequest request) => peers.EvidenceNamesAvailable
            ? Results.Ok(new
            {
                files = request.EvidenceIds.Where(peers.EvidenceNames.ContainsKey).Select(id => new { evidenceId = id, fileName = peers.EvidenceNames[id] }),
            })
            : Results.StatusCode(503));
    }

    public void AddStaff(Guid id, string username, string[] roles, bool disabled = false) =>
        Staff.Add(new { id, username, roles, disabled });

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private sealed record TitlesRequest(List<string> TrackingNumbers);

    private sealed record NamesRequest(Guid ComplaintId, List<Guid> EvidenceIds);

    public sealed record AttachRequest(Guid ComplaintId, string TrackingNumber, List<Guid> EvidenceIds);
}
