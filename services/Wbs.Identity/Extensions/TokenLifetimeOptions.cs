using System.ComponentModel.DataAnnotations;

namespace Wbs.Identity.Extensions;

public sealed class TokenLifetimeOptions
{
    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan StaffLifetime { get; set; } = TimeSpan.FromMinutes(15);
    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan ReporterLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan Longest => StaffLifetime > ReporterLifetime ? StaffLifetime : ReporterLifetime;
}
