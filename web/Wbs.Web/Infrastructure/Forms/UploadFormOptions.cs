using System.ComponentModel.DataAnnotations;

namespace Wbs.Web.Infrastructure.Forms;

/// <summary><c>Web:UploadForm</c>: how large one streamed form post (files and fields together) may be.</summary>
public sealed class UploadFormOptions
{
    public const string Section = "Web:UploadForm";

    /// <summary>
    /// The gateway's limit for the portal (1025 MiB): a phone video up to a tenant's 1 GiB media limit
    /// fits, and EvidenceStorage holds every file to the tenant's own limits below it.
    /// </summary>
    [Range(1024, long.MaxValue)]
    public long MaxBytes { get; set; } = 1025L * 1024 * 1024;
}
