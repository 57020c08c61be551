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
}
