using Wbs.CaseManagement.Consumers;
using Wbs.CaseManagement.Services;
using Wbs.ServiceDefaults.Data;
using Wbs.ServiceDefaults.Security;

namespace Wbs.CaseManagement.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddWbsDbContext<CaseDbContext>("casemanagementdb");
        builder.AddWbsSecurity(KeyPurposes.Messages);
        builder.Services
            .AddSealedColumn<CaseDbContext, CaseMessage>(KeyPurposes.Messages, m => m.Body)
            .AddSealedColumn<CaseDbContext, TimelineEntry>(KeyPurposes.Messages, t => t.Text)
            .AddSealedColumn<CaseDbContext, Disclosure>(KeyPurposes.Messages, d => d.Reason)
            .AddSealedColumn<CaseDbContext, Disclosure>(KeyPurposes.Messages, d => d.Note)
            .AddSealedColumn<CaseDbContext, CaseForwarding>(KeyPurposes.Messages, f => f.SealedDetails);
        builder.AddWbsAuthentication();
        builder.AddWbsMessaging(bus =>
        {
            bus.AddInboxConsumer<ComplaintSubmittedConsumer, CaseDbContext>();
            bus.AddInboxConsumer<ReporterAccountLinkedConsumer, CaseDbContext>();
            bus.AddInboxConsumer<EvidenceAttachedConsumer, CaseDbContext>();
            bus.AddInboxConsumer<EvidenceViewedConsumer, CaseDbContext>();
            bus.AddInboxConsumer<IdentityActRecordedConsumer, CaseDbContext>();
        });
        builder.AddOutboxDispatcher<CaseDbContext>();

        builder.Services.AddValidatedOptions<CaseManagementOptions>(CaseManagementOptions.Section);
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddValidatedOptions<AuditOptions>(AuditOptions.Section);
        builder.Services.AddSingleton(sp => new AuditChain(sp.GetRequiredService<IOptions<AuditOptions>>().Value.ReadChainKey()));
        builder.Services.AddSingleton<AuditCheckpoints>();
        builder.Services.AddSingleton<AuditCheckpointInterceptor>();
        builder.Services.ConfigureDbContext<CaseDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<AuditCheckpointInterceptor>()));
        builder.Services.AddHostedService<AuditChainUpgrade>();
        builder.Services.AddSingleton<TextSealer>();
        builder.Services.AddScoped<SlaReminderScanner>();
        builder.Services.AddScoped<StatisticsReader>();
        builder.Services.AddSingleton<StatisticsReportPdf>();
        builder.Services.AddHostedService<SlaReminderService>();
        builder.Services.AddScoped<RetentionSweeper>();
        builder.Services.AddHostedService<RetentionService>();
        builder.Services.AddValidatedOptions<ForwardingOptions>(ForwardingOptions.Section);
        builder.Services.AddSingleton<PackageSigner>();
        builder.Services.AddSingleton<ForwardingPackager>();

        builder.Services.AddPeerClient<IComplaintContentClient, HttpComplaintContentClient>(ServiceIdentity.Services.Intake);
        builder.Services.AddPeerClient<HttpIdentityClient>(ServiceIdentity.Services.Identity);
        builder.Services.AddTransient<IStaffDirectory>(sp => sp.GetRequiredService<HttpIdentityClient>());
        builder.Services.AddTransient<ILinkedReports>(sp => sp.GetRequiredService<HttpIdentityClient>());
        builder.Services.AddPeerClient<IEvidenceClient, HttpEvidenceClient>(ServiceIdentity.Services.EvidenceStorage);

        builder.Services.AddSingleton<IValidator<TransitionRequest>, TransitionRequestValidator>();
        builder.Services.AddSingleton<IValidator<AssignmentRequest>, AssignmentRequestValidator>();
        builder.Services.AddSingleton<IValidator<MessageRequest>, MessageRequestValidator>();
        builder.Services.AddSingleton<IValidator<EvidenceRequest>, EvidenceRequestValidator>();
        builder.Services.AddSingleton<IValidator<ForwardingRequest>, ForwardingRequestValidator>();
        builder.Services.AddSingleton<IValidator<DisclosureRequest>, DisclosureRequestValidator>();
        builder.Services.AddSingleton<IValidator<DisclosureDecisionRequest>, DisclosureDecisionRequestValidator>();
        return builder;
    }
}
