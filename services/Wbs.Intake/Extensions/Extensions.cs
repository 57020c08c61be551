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
        builder.AddWbsMessaging(bus => bus.AddInboxConsumer<ReporterAccountLinkedConsumer, IntakeDbContext>());
        builder.AddOutboxDispatcher<IntakeDbContext>();
        builder.Services.AddOpenApi();

        builder.Services.AddSingleton<ComplaintSealer>();
        builder.Services.AddScoped<IValidator<ComplaintRequest>, ComplaintValidator>();
        builder.Services.AddScoped<TrackingNumbers>();
        builder.Services.AddScoped<ComplaintSubmitter>();
        builder.Services.AddHostedService<IdempotencyJanitor>();
        builder.Services.AddHttpClient<EvidenceClient>(c => c.BaseAddress = new Uri("http://evidencestorage"));
        return builder;
    }
}
