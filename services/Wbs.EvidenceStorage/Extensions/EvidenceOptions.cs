using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Wbs.EvidenceStorage.Extensions;

/// <summary>The <c>Evidence</c> configuration section.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary><c>local</c> (default) or <c>s3</c>.</summary>
    [RegularExpression("(?i)^(local|s3)$", ErrorMessage = "Evidence:Store must be 'local' or 's3'.")]
    public string Store { get; set; } = "local";

    /// <summary>Folder of the local store; relative paths are under the content root.</summary>
    public string StoragePath { get; set; } = Path.Combine(".wbs", "evidence");

    /// <summary>Folder for files in flight (uploads, decrypted downloads); they are deleted when closed.</summary>
    public string? TempPath { get; set; }

    /// <summary>Uploads never attached to a report are deleted after this long.</summary>
    public TimeSpan UnattachedLifetime { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Bytes of anonymous uploads not yet named by any report that one tenant may hold.</summary>
    [Range(0, long.MaxValue)]
    public long UnattachedBytesPerTenant { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>How many such uploads one tenant may hold.</summary>
    [Range(0, int.MaxValue)]
    public int UnattachedFilesPerTenant { get; set; } = 2000;

    /// <summary>Above this share of either budget, unattached uploads expire after <see cref="PressureLifetime"/> instead.</summary>
    [Range(0.0, 1.0)]
    public double PressureThreshold { get; set; } = 0.5;

    public TimeSpan PressureLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a reservation made at submission holds without the report's attach arriving (a broker
    /// outage must be longer than this to lose evidence; a failed submission frees its uploads after it).
    /// </summary>
    public TimeSpan ReservationLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Time one file may take to clean: this much, plus <see cref="CleaningTimePerMiB"/> for each MiB.</summary>
    public TimeSpan CleaningTimeBase { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan CleaningTimePerMiB { get; set; } = TimeSpan.FromMilliseconds(200);

    public CleaningBudget BudgetFor(long bytes, CancellationToken cancellationToken) =>
        new(CleaningTimeBase + CleaningTimePerMiB * (bytes / (1024.0 * 1024)), cancellationToken);

    [ValidateObjectMembers]
    public ResumableUploadOptions Resumable { get; set; } = new();

    [ValidateObjectMembers]
    public S3Options S3 { get; set; } = new();

    public sealed class S3Options
    {
        public string? ServiceUrl { get; set; }
        public string? Region { get; set; }
        [Required]
        public string Bucket { get; set; } = "wbs-evidence";
        public string? AccessKey { get; set; }
        public string? SecretKey { get; set; }
        public bool ForcePathStyle { get; set; } = true;
    }
}
