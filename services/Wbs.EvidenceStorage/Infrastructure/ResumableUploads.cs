using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// The resumable uploads in flight on this instance, in memory only: their scratch keys never leave the
/// process, so there is nothing another instance or a restarted one could resume (the client gets 404 and
/// starts over). Behind several instances, a client keeps to the one that created its upload or starts again.
/// </summary>
public sealed class ResumableUploads(TimeProvider clock, IOptions<EvidenceOptions> options, IServiceScopeFactory scopes) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ResumableUpload> _uploads = new(StringComparer.Ordinal);
    private readonly Lock _admission = new();

    private ResumableUploadOptions Options => options.Value.Resumable;

    /// <summary>When <paramref name="upload"/> expires unless more of it arrives.</summary>
    public DateTimeOffset ExpiresAt(ResumableUpload upload) => upload.LastActivity + Options.IdleLifetime;

    /// <summary>
    /// Registers a new upload unless the tenant already has too many open, or its stored unattached uploads
    /// together with the declared lengths of its open ones leave no room; one admission at a time, so
    /// parallel creations cannot overrun the budget together.
    /// </summary>
    /// <returns>The upload, or null when it is refused.</returns>
    public ResumableUpload? TryStart(string tenant, long length, string? fileName, string? fileType, UnattachedUsage stored,
        Func<Stream> createContent)
    {
        lock (_admission)
        {
            var cutoff = IdleCutoff;
            var open = _uploads.Values.Where(u => u.Tenant == tenant && u.Completion is null && !u.IsIdleSince(cutoff)).ToList();
            var usage = new UnattachedUsage(stored.Files + open.Count, stored.Bytes + open.Sum(u => u.Length));
            if (open.Count >= Options.OpenUploadsPerTenant || usage.IsFull(options.Value, adding: length))
            {
                return null;
            }
            var upload = new ResumableUpload(tenant, length, fileName, fileType, createContent(), clock.GetUtcNow());
            _uploads[upload.Id] = upload;
            return upload;
        }
    }

    /// <returns>The tenant's upload, or null when the id is unknown, another tenant's or expired.</returns>
    public ResumableUpload? Find(string tenant, string id) =>
        _uploads.TryGetValue(id, out var upload) && upload.Tenant == tenant && !upload.IsIdleSince(IdleCutoff) ? upload : null;

    /// <summary>
    /// The acceptance of a complete upload (<see cref="EvidenceAcceptor"/>), started by the first to ask: on a scope of
    /// its own and the upload's token, so the request that brought the last byte may go away while it runs.
    /// </summary>
    public Task<AcceptOutcome> CompletionOf(ResumableUpload upload, TenantProfile tenant) =>
        upload.Completion ?? upload.Complete(async (content, cancellationToken) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<EvidenceAcceptor>()
                .AcceptAsync(tenant, content, upload.FileName, upload.FileType, cancellationToken);
        });

    /// <summary>Deletes the tenant's upload (see <see cref="ResumableUpload.DropAsync"/>).</summary>
    /// <returns>False when there was no such upload.</returns>
    public async Task<bool> DropAsync(string tenant, string id)
    {
        if (Find(tenant, id) is not { } upload || !_uploads.TryRemove(new(id, upload)))
        {
            return false;
        }
        await upload.DropAsync();
        return true;
    }

    /// <summary>Forgets an upload its caller holds and deletes its bytes.</summary>
    public async Task DropHeldAsync(ResumableUpload upload)
    {
        _uploads.TryRemove(new(upload.Id, upload));
        await upload.DropAsync(held: true);
    }

    /// <summary>Drops every upload idle for longer than the configured lifetime.</summary>
    /// <returns>How many were dropped.</returns>
    public Task<int> DropExpiredAsync()
    {
        var cutoff = IdleCutoff;
        return DropWhereAsync(upload => upload.IsIdleSince(cutoff));
    }

    private DateTimeOffset IdleCutoff => clock.GetUtcNow() - Options.IdleLifetime;

    /// <summary>Forgets and deletes every upload that <paramref name="drop"/> picks; one taken by another caller first is left to it.</summary>
    private async Task<int> DropWhereAsync(Func<ResumableUpload, bool> drop)
    {
        var dropped = 0;
        foreach (var (id, upload) in _uploads)
        {
            if (drop(upload) && _uploads.TryRemove(new(id, upload)))
            {
                await upload.DropAsync();
                dropped++;
            }
        }
        return dropped;
    }

    public async ValueTask DisposeAsync() => await DropWhereAsync(_ => true);
}
