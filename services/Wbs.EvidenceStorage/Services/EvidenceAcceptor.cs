using Microsoft.Extensions.Options;

namespace Wbs.EvidenceStorage.Services;

/// <summary>
/// Takes one whole uploaded file (in a scratch stream) into the vault: recognises its type, refuses
/// what is not allowed or does not match its name or declared type, applies the limit of its kind,
/// removes its metadata within the CPU budget and seals it. The one path for the multipart upload
/// and for the completion of a resumable upload.
/// </summary>
public sealed class EvidenceAcceptor(EvidenceVault vault, ScratchFiles scratch, IOptions<EvidenceOptions> options, ILogger<EvidenceAcceptor> logger)
{
    /// <param name="cancellationToken">Ends the cleaning too (the request of a one-shot upload, the upload itself for a resumable one).</param>
    public async Task<AcceptOutcome> AcceptAsync(TenantProfile tenant, Stream content, string? fileName, string? claimedType,
        CancellationToken cancellationToken)
    {
        var name = SafeFileName.From(fileName);
        var extension = SafeFileName.Extension(name);
        var kind = FileTypeDetector.Detect(content, extension);
        if (kind is null)
        {
            return new(AcceptStatus.TypeNotAllowed);
        }
        if (kind.Refusal is not null)
        {
            return new(AcceptStatus.TypeRefused, Kind: kind);
        }
        if ((extension.Length > 0 && !kind.AcceptsExtension(extension)) || !kind.AcceptsClaimedType(claimedType))
        {
            return new(AcceptStatus.TypeMismatch);
        }
        var kindLimit = kind.IsMedia ? tenant.MaxMediaBytes : tenant.MaxEvidenceBytes;
        if (content.Length > kindLimit)
        {
            return new(AcceptStatus.TooLarge, Limit: kindLimit);
        }
        name = SafeFileName.WithExtension(name, kind);

        await using var cleaned = scratch.Create();
        IReadOnlyList<string> removed;
        try
        {
            using var span = EvidenceTracing.Start(EvidenceTracing.Clean, kind, content.Length);
            removed = MetadataCleaner.Clean(kind, content, cleaned, kindLimit, options.Value.BudgetFor(content.Length, cancellationToken));
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

        EvidenceFile file;
        try
        {
            using var span = EvidenceTracing.Start(EvidenceTracing.Seal, kind, cleaned.Length);
            file = await vault.StoreAsync(tenant.Slug, name, kind, cleaned, removed, cancellationToken);
        }
        catch (UnattachedBudgetFullException)
        {
            return new(AcceptStatus.BudgetFull);
        }
        logger.LogInformation("Stored evidence {EvidenceId} ({Kind}, {Size} bytes) for tenant {Tenant}", file.Id, kind.Name, file.Size, tenant.Slug);
        return new(AcceptStatus.Stored, File: file);
    }
}
