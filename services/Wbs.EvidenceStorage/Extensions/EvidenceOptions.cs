namespace Wbs.EvidenceStorage.Extensions;

/// <summary>The <c>Evidence</c> configuration section.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary><c>local</c> (default) or <c>s3</c>.</summary>
    public string Store { get; set; } = "local";

    /// <summary>Folder of the local store; relative paths are under the content root.</summary>
    public string StoragePath { get; set; } = Path.Combine(".wbs", "evidence");

    /// <summary>Folder for files in flight (uploads, decrypted downloads); they are deleted when closed.</summary>
    public string? TempPath { get; set; }

    /// <summary>Uploads never attached to a report are deleted after this long.</summary>
    public TimeSpan UnattachedLifetime { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    public S3Options S3 { get; set; } = new();

    public sealed class S3Options
    {
        public string? ServiceUrl { get; set; }
        public string? Region { get; set; }
        public string Bucket { get; set; } = "wbs-evidence";
        public string? AccessKey { get; set; }
        public string? SecretKey { get; set; }
        public bool ForcePathStyle { get; set; } = true;
    }
}
