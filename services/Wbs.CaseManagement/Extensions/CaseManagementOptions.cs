using System.ComponentModel.DataAnnotations;

namespace Wbs.CaseManagement.Extensions;

public sealed class CaseManagementOptions
{
    public const string Section = "CaseManagement";

    /// <summary>Days before the response deadline at which a reminder goes out.</summary>
    public int[] SlaReminderDays { get; set; } = [7, 3, 1];

    /// <summary>How often the reminder scan runs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan SlaScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often cases past their tenant's retention period are looked for.</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long the requester may read an identity after a custodian approved its disclosure.</summary>
    public TimeSpan DisclosureWindow { get; set; } = TimeSpan.FromHours(24);
}
