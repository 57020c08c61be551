using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wbs.TestSupport;

namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>
/// A real Kestrel endpoint serving CaseManagement's internal access contract with canned cases:
/// a case answers 204 to the Authorization headers allowed on it and 403 to any other; an unknown
/// case answers 404. It records what it was asked; <see cref="Available"/> = false makes it answer
/// 503 as a broken peer would, and <see cref="StopAsync"/> makes it unreachable.
/// </summary>
public sealed class CaseManagementPeer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, string[]> _cases = new();
    private LoopbackServer _server = null!;

    public ConcurrentQueue<AccessQuestion> Questions { get; } = new();
    public volatile bool Available = true;
    public Uri Address => _server.Address;

    public static async Task<CaseManagementPeer> StartAsync()
    {
        var peer = new CaseManagementPeer();
        peer._server = await LoopbackServer.StartAsync(app => app.MapGet("/internal/{tenant}/complaints/{complaintId:guid}/access", (string tenant, Guid complaintId, HttpRequest request) =>
        {
            var authorization = request.Headers.Authorization.ToString();
            peer.Questions.Enqueue(new AccessQuestion(tenant, complaintId, authorization));
            if (!peer.Available)
            {
                return Results.StatusCode(503);
            }
            if (!peer._cases.TryGetValue(complaintId, out var allowed))
            {
                return Results.Problem(statusCode: 404);
            }
            return allowed.Contains(authorization) ? Results.NoContent() : Results.Problem(statusCode: 403);
        }));
        return peer;
    }

    /// <summary>A case the given bearer tokens may see (and nobody else).</summary>
    public void OpenCase(Guid complaintId, params string[] allowedTokens) =>
        _cases[complaintId] = [.. allowedTokens.Select(t => $"Bearer {t}")];

    public Task StopAsync() => _server.App.StopAsync();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    public sealed record AccessQuestion(string Tenant, Guid ComplaintId, string Authorization);
}
