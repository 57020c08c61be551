using Wbs.Intake.Consumers;
using Wbs.ServiceDefaults.Data;

namespace Microsoft.Extensions.Hosting;

public static class IntakeExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddWbsSecurity();
        builder.AddWbsAuthentication();
        builder.AddWbsDbContext<IntakeDbContext>("intakedb");
        builder.AddWbsMessaging(bus =>
        {
            bus.AddInboxConsumer<ReporterAccountLinkedConsumer, IntakeDbContext>();
            bus.AddInboxConsumer<CaseContentExpiredConsumer, IntakeDbContext>();
        });
        builder.AddOutboxDispatcher<IntakeDbContext>();
        builder.Services.AddOpenApi();

        builder.Services.AddSingleton<ComplaintSealer>();
        builder.Services.AddScoped<IValidator<ComplaintRequest>, ComplaintValidator>();
        builder.Services.AddScoped<IValidator<ReceivedComplaintRequest>, ReceivedComplaintValidator>();
        builder.Services.AddSingleton<IValidator<IdentityRequest>, IdentityRequestValidator>();
        builder.Services.AddScoped<TrackingNumbers>();
        builder.Services.AddScoped<ComplaintSubmitter>();
        builder.Services.AddScoped<ComplaintForwarder>();
        builder.Services.AddHostedService<IdempotencyJanitor>();
        builder.Services.AddPeerClient<EvidenceClient>(ServiceIdentity.Services.EvidenceStorage);
        builder.Services.AddPeerClient<CaseManagementClient>(ServiceIdentity.Services.CaseManagement);
        return builder;
    }
}
