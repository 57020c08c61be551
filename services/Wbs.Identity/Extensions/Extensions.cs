using Microsoft.AspNetCore.Authentication.JwtBearer;
using Wbs.Identity.Consumers;
using Wbs.ServiceDefaults.Data;

namespace Wbs.Identity.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<IdentityServiceOptions>(IdentityServiceOptions.Section);

        builder.AddWbsSecurity(KeyPurposes.Totp, KeyPurposes.SigningKeys, KeyPurposes.CodeDigest);
        builder.Services
            .AddSealedColumn<IdentityDbContext, StaffUser>(KeyPurposes.Totp, s => s.SealedTotpSecret)
            .AddSealedColumn<IdentityDbContext, SigningKey>(KeyPurposes.SigningKeys, k => k.SealedPrivateKey);
        builder.AddWbsDbContext<IdentityDbContext>("identitydb");
        builder.AddWbsMessaging(bus =>
        {
            bus.AddInboxConsumer<ComplaintSubmittedConsumer, IdentityDbContext>();
            bus.AddConsumer<ActiveSessionRevocationsRequestedConsumer>();
        });
        builder.AddOutboxDispatcher<IdentityDbContext>();

        builder.AddIdentityTokens();

        services.AddSingleton<PasswordService>();
        services.AddSingleton<TotpSecretProtector>();
        services.AddWbsAbuseProtection();
        services.AddSingleton<SignInCosts>();
        services.AddScoped<ReportRecorder>();
        services.AddScoped<ReportLookup>();
        services.AddPeerClient<IntakeReportLookup>(ServiceIdentity.Services.Intake);
        services.AddScoped<ReporterSignIn>();
        services.AddScoped<StaffSignIn>();
        services.AddScoped<ReportLinking>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<PasswordChanges>();
        services.AddScoped<TotpEnrolments>();
        services.AddScoped<SessionRevoker>();
        services.AddScoped<DatabaseSessionRevocationSource>();

        services.AddSingleton<IValidator<SessionRequest>, SessionRequestValidator>();
        services.AddSingleton<IValidator<CreateAccountRequest>, CreateAccountRequestValidator>();
        services.AddSingleton<IValidator<LinkReportRequest>, LinkReportRequestValidator>();
        services.AddSingleton<IValidator<CreateStaffUserRequest>, CreateStaffUserRequestValidator>();
        services.AddSingleton<IValidator<FirstAdminRequest>, FirstAdminRequestValidator>();
        services.AddSingleton<IValidator<ChangePasswordRequest>, ChangePasswordRequestValidator>();

        if (builder.Environment.IsDevelopment())
        {
            services.AddHostedService<DevStaffSeeder>();
        }
        return builder;
    }

    /// <summary>
    /// Issues tokens with the persisted key ring and validates them with the shared
    /// <c>AddWbsAuthentication</c>, whose key source here is the key ring itself (plus <c>Auth:Jwks</c>
    /// when set) and whose clock is the service's <see cref="TimeProvider"/>.
    /// </summary>
    private static IHostApplicationBuilder AddIdentityTokens(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<TokenIssuer>();
        services.AddHostedService<SigningKeyMaintenance>();

        builder.AddWbsAuthentication();
        services.AddScoped<ISessionRevocationSource>(sp => sp.GetRequiredService<DatabaseSessionRevocationSource>());
        services.AddSingleton<IServiceTokenSource, LocalServiceTokenSource>();
        foreach (var scheme in AuthExtensions.Schemes)
        {
            services.AddOptions<JwtBearerOptions>(scheme).Configure<SigningKeyRing, TimeProvider>((options, keys, clock) =>
            {
                options.ConfigurationManager = keys;
                var skew = options.TokenValidationParameters.ClockSkew;
                options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, _) =>
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    return expires is { } exp && exp > now - skew && (notBefore is not { } nbf || nbf <= now + skew);
                };
            });
        }
        services.AddAuthorizationBuilder()
            .AddRoleMatrixPolicies();
        return builder;
    }
}
