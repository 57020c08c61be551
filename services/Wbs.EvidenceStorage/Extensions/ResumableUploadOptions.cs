using System.ComponentModel.DataAnnotations;

namespace Wbs.EvidenceStorage.Extensions;

/// <summary>The <c>Evidence:Resumable</c> section: resumable (tus) uploads in flight.</summary>
public sealed class ResumableUploadOptions
{
    /// <summary>Uploads one tenant may have started and not finished at once.</summary>
    [Range(1, 10_000)]
    public int OpenUploadsPerTenant { get; set; } = 16;

    /// <summary>An upload that receives nothing for this long is dropped (and, once finished, its answer forgotten).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan IdleLifetime { get; set; } = TimeSpan.FromHours(6);
}
