using Wbs.Notification.Consumers;
using Wbs.ServiceDefaults.Data;

namespace Wbs.Notification.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddWbsAuthentication();
        builder.AddWbsDbContext<NotificationDbContext>("notificationdb");
        builder.AddWbsMessaging(bus =>
        {
            bus.AddInboxConsumer<ComplaintSubmittedConsumer, NotificationDbContext>();
            bus.AddInboxConsumer<CaseStatusChangedConsumer, NotificationDbContext>();
            bus.AddInboxConsumer<CaseMessagePostedConsumer, NotificationDbContext>();
            bus.AddInboxConsumer<CaseAssignedConsumer, NotificationDbContext>();
            bus.AddInboxConsumer<SlaDeadlineApproachingConsumer, NotificationDbContext>();
            bus.AddInboxConsumer<ReporterAccountLinkedConsumer, NotificationDbContext>();
            bus.AddInboxConsumer<IdentityDisclosedConsumer, NotificationDbContext>();
        });

        builder.Services.AddValidatedOptions<NotificationOptions>(NotificationOptions.Section);
        builder.Services.AddSingleton<StaffMailer>();
        builder.Services.AddValidatedOptions<StaffMailOptions>(StaffMailOptions.Section);
        builder.Services.AddScoped<NotificationWriter>();
        builder.Services.AddSingleton<StaffMailSender>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<StaffMailSender>());
        return builder;
    }
}
