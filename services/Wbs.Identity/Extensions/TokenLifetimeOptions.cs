namespace Wbs.Identity.Extensions;

public sealed class TokenLifetimeOptions
{
    public TimeSpan StaffLifetime { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan ReporterLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan Longest => StaffLifetime > ReporterLifetime ? StaffLifetime : ReporterLifetime;
}
