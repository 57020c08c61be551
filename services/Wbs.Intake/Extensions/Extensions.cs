using Wbs.Intake.Consumers;
using Wbs.ServiceDefaults.Data;

namespace Wbs.Intake.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddWbsSecurity(KeyPurposes.Content, KeyPurposes.Identity, KeyPurposes.CodeDigest);
        builder.Services
            .AddSealedColumn<IntakeDbContext, Complaint>(KeyPurposes.Content, c => c.SealedContent)
            .AddSealedColumn<IntakeDbContext, Complaint>(KeyPurposes.Content, c => c.SealedTitle)
            .AddSealedColumn<IntakeDbContext, Complaint>(KeyPurposes.Identity, c => c.SealedIdentity);
        builder.AddWbsAuthentication();
        builder.AddWbsDbContext<IntakeDbContext>("intakedb");
        builder.AddWbsMessaging(bus =>
        {
            bus.AddInboxConsumer<ReporterAccountLinkedConsumer, IntakeDbContext>();
            bus.AddInboxConsumer<CaseContentExpiredConsumer, IntakeDbContext>();
        });
        builder.AddOutboxDispatcher<IntakeDbContext>();

        builder.Services.AddSingleton<ComplaintSealer>();
        builder.Services.AddSingleton(sp => new TitleIndex(sp.KeySource(KeyPurposes.CodeDigest).Ring.Current));
        builder.Services.AddSingleton(sp => new IdempotencyKeyDeriver(sp.KeySource(KeyPurposes.CodeDigest).Ring.Current));
        builder.Services.AddHostedService<TitleIndexBackfill>();
        builder.Services.AddScoped<IValidator<ComplaintRequest>, ComplaintValidator>();
        builder.Services.AddScoped<IValidator<ReceivedComplaintRequest>, ReceivedComplaintValidator>();
        builder.Services.AddSingleton<IValidator<IdentityRequest>, IdentityRequestValidator>();
        builder.Services.AddScoped<TrackingNumbers>();
        builder.Services.AddScoped<ComplaintSubmitter>();
        builder.Services.AddSingleton<ComplaintMetrics>();
        builder.Services.AddScoped<ComplaintForwarder>();
        builder.Services.AddScoped<IValidator<TenantRequest>, TenantRequestValidator>();
        builder.Services.AddScoped<TenantRegistrar>();
        // Intake owns the registry: its catalogue follows its own database (unless Tenancy:File fixes the catalogue).
        if (builder.Configuration["Tenancy:File"] is not { Length: > 0 })
        {
            builder.Services.AddScoped<ITenantRegistry, TenantRegistryStore>();
        }
        builder.Services.AddHostedService<TenantRegistrySeeder>();
        builder.Services.AddHostedService<IdempotencyJanitor>();
        builder.Services.AddPeerClient<EvidenceClient>(ServiceIdentity.Services.EvidenceStorage);
        builder.Services.AddPeerClient<CaseManagementClient>(ServiceIdentity.Services.CaseManagement);
        builder.Services.AddPeerClient<IdentityClient>(ServiceIdentity.Services.Identity);
        return builder;
    }
}
