using System.IO.Pipelines;
using Microsoft.Extensions.Options;

namespace Wbs.EvidenceStorage.Services;

/// <summary>
/// Takes one uploaded file into the vault: recognises its type, refuses what is not allowed or does not match its
/// name or declared type, applies the limit of its kind, removes its metadata within the CPU budget and seals it.
/// A whole file in a scratch stream (the multipart upload of a document, the completion of a resumable upload)
/// comes through <see cref="AcceptAsync"/>; video and audio still arriving come through
/// <see cref="AcceptArrivingAsync"/>, cleaned and sealed as the bytes come, with no copy on disk but the sealed one.
/// </summary>
public sealed class EvidenceAcceptor(EvidenceVault vault, ScratchFiles scratch, IOptions<EvidenceOptions> options, ILogger<EvidenceAcceptor> logger)
{
    /// <summary>How much of an arriving upload may wait in memory for the cleaner.</summary>
    private const long ArrivingBuffer = 1024 * 1024;

    /// <param name="cancellationToken">Ends the cleaning too (the request of a one-shot upload, the upload itself for a resumable one).</param>
    public async Task<AcceptOutcome> AcceptAsync(TenantProfile tenant, Stream content, string? fileName, string? claimedType,
        CancellationToken cancellationToken)
    {
        var name = SafeFileName.From(fileName);
        var kind = FileTypeDetector.Detect(content, SafeFileName.Extension(name));
        if (Refusal(kind, name, claimedType) is { } refusal)
        {
            return refusal;
        }
        var limit = LimitOf(tenant, kind!);
        if (content.Length > limit)
        {
            return new(AcceptStatus.TooLarge, Limit: limit);
        }
        name = SafeFileName.WithExtension(name, kind!);
        var budget = options.Value.BudgetFor(content.Length, cancellationToken);
        if (MetadataCleaner.CleansForward(kind!))
        {
            content.Position = 0;
            return await StoreForwardAsync(tenant, kind!, name,
                sealing => Task.FromResult(MetadataCleaner.CleanForward(kind!, content, sealing, budget)), cancellationToken);
        }
        return await GuardAsync(tenant, kind!, name, async () =>
        {
            await using var cleaned = scratch.Create();
            IReadOnlyList<string> removed;
            using (EvidenceTracing.Start(EvidenceTracing.Clean, kind!, content.Length))
            {
                removed = MetadataCleaner.Clean(kind!, content, cleaned, limit, budget);
            }
            using var span = EvidenceTracing.Start(EvidenceTracing.Seal, kind!, cleaned.Length);
            return await vault.StoreAsync(tenant.Slug, name, kind!, cleaned, removed, cancellationToken);
        });
    }

    /// <summary>
    /// Takes an upload while it arrives: <paramref name="head"/> (its first bytes, which showed <paramref name="kind"/>, a
    /// kind that <see cref="MetadataCleaner.CleansForward"/>) and then <paramref name="rest"/>. The request is read into a
    /// small buffer while a thread of its own cleans from that buffer straight into the sealing stream, so
    /// receiving, cleaning and sealing overlap and memory stays flat. The budget counts the cleaner's time, not
    /// the time spent waiting for the network (<see cref="ArrivingStream"/>).
    /// </summary>
    public async Task<AcceptOutcome> AcceptArrivingAsync(TenantProfile tenant, EvidenceKind kind, ReadOnlyMemory<byte> head, Stream rest,
        string? fileName, string? claimedType, CancellationToken cancellationToken)
    {
        var name = SafeFileName.From(fileName);
        if (Refusal(kind, name, claimedType) is { } refusal)
        {
            return refusal;
        }
        var limit = LimitOf(tenant, kind);
        name = SafeFileName.WithExtension(name, kind);
        var budget = options.Value.BudgetFor(0, cancellationToken);
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: ArrivingBuffer, resumeWriterThreshold: ArrivingBuffer / 2, useSynchronizationContext: false));
        var receiving = ReceiveAsync(head, rest, pipe.Writer, limit, cancellationToken);
        try
        {
            return await StoreForwardAsync(tenant, kind, name, sealing => Task.Factory.StartNew(() =>
                {
                    var arriving = new ArrivingStream(pipe.Reader.AsStream(), budget, options.Value.CleaningTimePerMiB);
                    return MetadataCleaner.CleanForward(kind, arriving, sealing, budget);
                }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default), cancellationToken);
        }
        catch (UploadTooLargeException)
        {
            return new(AcceptStatus.TooLarge, Limit: limit);
        }
        finally
        {
            // Stops the receiving when the cleaner ended first (a damaged or refused file): the rest is not read.
            await pipe.Reader.CompleteAsync();
            await receiving;
        }
    }

    /// <summary>Copies the request into the pipe, counting; its failure (too large, the client gone) reaches the cleaner's next read.</summary>
    private static async Task ReceiveAsync(ReadOnlyMemory<byte> head, Stream rest, PipeWriter pipe, long limit, CancellationToken cancellationToken)
    {
        try
        {
            long total = head.Length;
            var flushed = await pipe.WriteAsync(head, cancellationToken);
            while (!flushed.IsCompleted)
            {
                var read = await rest.ReadAsync(pipe.GetMemory(64 * 1024), cancellationToken);
                if (read == 0)
                {
                    break;
                }
                total += read;
                if (total > limit)
                {
                    throw new UploadTooLargeException();
                }
                pipe.Advance(read);
                flushed = await pipe.FlushAsync(cancellationToken);
            }
            await pipe.CompleteAsync();
        }
        catch (Exception ex)
        {
            await pipe.CompleteAsync(ex);
        }
    }

    private Task<AcceptOutcome> StoreForwardAsync(TenantProfile tenant, EvidenceKind kind, string name, Func<Stream, Task<CleanedFile>> clean,
        CancellationToken cancellationToken) =>
        GuardAsync(tenant, kind, name, async () =>
        {
            using var span = EvidenceTracing.Start(EvidenceTracing.CleanAndSeal, kind, bytes: null);
            var file = await vault.StoreAsync(tenant.Slug, name, kind, clean, cancellationToken);
            span?.SetTag(EvidenceTracing.BytesTag, file.Size);
            return file;
        });

    /// <summary>Runs the cleaning and sealing of one file and answers what became of it.</summary>
    private async Task<AcceptOutcome> GuardAsync(TenantProfile tenant, EvidenceKind kind, string name, Func<Task<EvidenceFile>> store)
    {
        EvidenceFile file;
        try
        {
            file = await store();
        }
        catch (InvalidEvidenceException ex)
        {
            logger.LogInformation("Refused a damaged {Kind} upload for tenant {Tenant}: {Reason}", kind.Name, tenant.Slug, ex.Message);
            return new(AcceptStatus.Damaged);
        }
        catch (EvidenceRefusedException ex)
        {
            return new(AcceptStatus.Refused, Advice: ex.Advice);
        }
        catch (CleaningBudgetExceededException)
        {
            logger.LogWarning("Refused a {Kind} upload for tenant {Tenant}: cleaning exceeded its time budget", kind.Name, tenant.Slug);
            return new(AcceptStatus.CannotClean);
        }
        catch (UnattachedBudgetFullException)
        {
            return new(AcceptStatus.BudgetFull);
        }
        logger.LogDebug("Stored evidence {EvidenceId} ({Kind}, {Size} bytes) for tenant {Tenant}", file.Id, kind.Name, file.Size, tenant.Slug);
        return new(AcceptStatus.Stored, File: file, FileName: name);
    }

    /// <summary>Why a file of <paramref name="kind"/> named <paramref name="name"/> and claimed as <paramref name="claimedType"/> is not taken, or null.</summary>
    private static AcceptOutcome? Refusal(EvidenceKind? kind, string name, string? claimedType)
    {
        var extension = SafeFileName.Extension(name);
        return kind is null ? new(AcceptStatus.TypeNotAllowed)
            : kind.Refusal is not null ? new(AcceptStatus.TypeRefused, Kind: kind)
            : (extension.Length > 0 && !kind.AcceptsExtension(extension)) || !kind.AcceptsClaimedType(claimedType) ? new(AcceptStatus.TypeMismatch)
            : null;
    }

    private static long LimitOf(TenantProfile tenant, EvidenceKind kind) => kind.IsMedia ? tenant.MaxMediaBytes : tenant.MaxEvidenceBytes;
}
