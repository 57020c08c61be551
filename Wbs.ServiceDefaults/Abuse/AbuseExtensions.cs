namespace Wbs.ServiceDefaults.Abuse;

public static class AbuseExtensions
{
    /// <summary>The <c>Abuse</c> options, proof-of-work challenges and the <c>Wbs.Abuse</c> meter.</summary>
    public static IServiceCollection AddWbsAbuseProtection(this IServiceCollection services)
    {
        services.AddValidatedOptions<AbuseOptions>(AbuseOptions.Section);
        services.AddMetrics();
        services.AddSingleton<SpentChallenges>();
        services.AddSingleton<PressureGauge>();
        services.AddSingleton<ProofOfWorkChallenges>();
        services.AddSingleton<AbuseMetrics>();
        services.AddHostedService<UnlimitedModeWarning>();
        return services;
    }
}
