using Wbs.Notification.Consumers;
using Wbs.ServiceDefaults.Data;

namespace Microsoft.Extensions.Hosting;

public static class NotificationExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddWbsAuthentication();
        builder.AddWbsDbContext<NotificationDbContext>("notificationdb");
        builder.AddWbsMessaging(bus =>
        {
            bus.AddConsumer<ComplaintSubmittedConsumer>();
            bus.AddConsumer<CaseStatusChangedConsumer>();
            bus.AddConsumer<CaseMessagePostedConsumer>();
            bus.AddConsumer<CaseAssignedConsumer>();
            bus.AddConsumer<SlaDeadlineApproachingConsumer>();
            bus.AddConsumer<ReporterAccountLinkedConsumer>();
            bus.AddConsumer<IdentityDisclosedConsumer>();
        });
        builder.Services.AddOpenApi();

        builder.Services.Configure<NotificationOptions>(builder.Configuration.GetSection("Notification"));
        builder.Services.AddSingleton<StaffMailer>();
        builder.Services.AddOptions<StaffMailOptions>().BindConfiguration(StaffMailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<NotificationWriter>();
        builder.Services.AddSingleton<StaffMailSender>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<StaffMailSender>());
        return builder;
    }
}
