using System.Security.Cryptography;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// One resumable upload in flight. Its bytes go to a sealed scratch file whose key exists only in this
/// instance's memory, so an upload lives and dies with the process: after a restart its id is unknown
/// and the client starts over. The id (128 random bits) is the upload's only credential.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001",
    Justification = "A SemaphoreSlim without a wait handle and a token source without timer or links hold nothing to release; the scratch file is deleted by DropAsync.")]
public sealed class ResumableUpload(string tenant, long length, string? fileName, string? fileType, Stream content, DateTimeOffset now)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _dropped = new();
    private long _offset;
    private long _lastActivityTicks = now.UtcTicks;
    private volatile Task<AcceptOutcome>? _completion;

    public string Id { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string Tenant { get; } = tenant;

    /// <summary>The length declared at creation (<c>Upload-Length</c>).</summary>
    public long Length { get; } = length;

    public string? FileName { get; } = fileName;

    public string? FileType { get; } = fileType;

    /// <summary>Bytes received and kept so far.</summary>
    public long Offset => Interlocked.Read(ref _offset);

    public DateTimeOffset LastActivity => new(Interlocked.Read(ref _lastActivityTicks), TimeSpan.Zero);

    /// <summary>Tells, once the first 64 bytes are in, whether the file may still be video or audio.</summary>
    public UploadHead Head { get; } = new();

    /// <summary>Set once every byte is in: the acceptance of the assembled file, running or done.</summary>
    public Task<AcceptOutcome>? Completion => _completion;

    /// <summary>Cancelled when the upload is deleted or expires: ends a running PATCH and the acceptance.</summary>
    public CancellationToken Dropped => _dropped.Token;

    /// <summary>One PATCH at a time: false while another holds the upload.</summary>
    public bool TryEnter() => _gate.Wait(0);

    /// <summary>Waits until no PATCH holds the upload (and then holds it).</summary>
    public Task EnterAsync(CancellationToken cancellationToken) => _gate.WaitAsync(cancellationToken);

    public void Exit() => _gate.Release();

    /// <summary>Appends received bytes (called by the holder of the upload); a write to local scratch is not abandoned half-way.</summary>
    public async ValueTask AppendAsync(ReadOnlyMemory<byte> data, DateTimeOffset now)
    {
        await content.WriteAsync(data, CancellationToken.None);
        Interlocked.Add(ref _offset, data.Length);
        Interlocked.Exchange(ref _lastActivityTicks, now.UtcTicks);
    }

    /// <summary>Pushes what the scratch buffer holds to the (sealed) file.</summary>
    public Task FlushAsync() => content.FlushAsync(CancellationToken.None);

    /// <summary>Forgets what arrived after <paramref name="offset"/>: a PATCH refused as a whole changes nothing.</summary>
    public void TruncateTo(long offset)
    {
        content.SetLength(offset);
        content.Position = offset;
        Interlocked.Exchange(ref _offset, offset);
    }

    public bool IsIdleSince(DateTimeOffset cutoff) => LastActivity < cutoff;

    /// <summary>
    /// Starts <paramref name="accept"/> on the assembled file, once (by the holder of the upload); it runs with the upload's own token, so a
    /// dropped request does not stop it, and the scratch file is deleted when it ends.
    /// </summary>
    public Task<AcceptOutcome> Complete(Func<Stream, CancellationToken, Task<AcceptOutcome>> accept)
    {
        if (_completion is { } started)
        {
            return started;
        }
        content.Position = 0;
        return _completion = Task.Run(async () =>
        {
            try
            {
                return await accept(content, Dropped);
            }
            finally
            {
                await content.DisposeAsync();
            }
        }, CancellationToken.None);
    }

    /// <summary>
    /// Ends the upload: a running PATCH or acceptance is cancelled and waited for, then the scratch file is
    /// deleted. Called with the upload held when <paramref name="held"/>.
    /// </summary>
    public async Task DropAsync(bool held = false)
    {
        await _dropped.CancelAsync();
        if (!held)
        {
            await _gate.WaitAsync(CancellationToken.None);
        }
        try
        {
            if (_completion is { } completion)
            {
                await ((Task)completion).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            await content.DisposeAsync();
        }
        finally
        {
            if (!held)
            {
                _gate.Release();
            }
        }
    }
}
