using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

AppHostSettings.UseLeanOrchestrator();
var builder = DistributedApplication.CreateBuilder(AppHostSettings.WithDashboardDefaults(args));
var config = builder.Configuration;
var secrets = builder.AddWbsSecrets();
var postgresPassword = builder.AddParameter("postgres-password", secrets.PostgresPassword, secret: true);
var rabbitPassword = builder.AddParameter("rabbitmq-password", secrets.RabbitMqPassword, secret: true);

// Without a container engine (the build machines have none) PostgreSQL and RabbitMQ run as executables
// from Debian's packages; WBS_CONTAINERS=true uses Aspire's container resources instead.
var (databases, brokers) = config.GetValue<bool>("WBS_CONTAINERS")
    ? BackingServices.AddContainers(builder, postgresPassword, rabbitPassword)
    : BackingServices.AddExecutables(builder, secrets, postgresPassword, rabbitPassword);

// Each service connects to the broker as its own user, allowed only its own exchanges and queues.
// Each process gets the key rings of its own purposes only: no content key in the web app or Notification.
// Every service waits only for its own database and the broker, so all of them start side by side;
// calls between services are references without a wait (nothing calls a peer before a request
// comes in). The gateway, the one way in, opens once every service is healthy: no request arrives
// before every peer answers, and no report before each consumer has bound its queue.
var identity = builder.AddService<Projects.Wbs_Identity>("identity")
    .WithDependency(databases["identitydb"]).WithBroker(brokers["identity"])
    .WithSecurityKeys(secrets, KeyRings.Totp, KeyRings.SigningKeys, KeyRings.CodeDigest);
if (secrets.DevStaffFile is { } devStaff)
{
    identity.WithEnvironment("Identity__DevStaffFile", devStaff);
}
var evidencestorage = builder.AddService<Projects.Wbs_EvidenceStorage>("evidencestorage")
    .WithDependency(databases["evidencedb"]).WithBroker(brokers["evidencestorage"]).WithSecurityKeys(secrets, KeyRings.Evidence)
    .WithEnvironment("Evidence__StoragePath", config.DataFolder("evidence"));
var intake = builder.AddService<Projects.Wbs_Intake>("intake")
    .WithDependency(databases["intakedb"]).WithBroker(brokers["intake"])
    .WithSecurityKeys(secrets, KeyRings.Content, KeyRings.Identity, KeyRings.CodeDigest);
var casemanagement = builder.AddService<Projects.Wbs_CaseManagement>("casemanagement")
    .WithDependency(databases["casemanagementdb"]).WithBroker(brokers["casemanagement"]).WithSecurityKeys(secrets, KeyRings.Messages)
    .WithEnvironment("Forwarding__SigningKeyFile", secrets.ForwardingSigningKeyFile)
    .WithEnvironment("Audit__ChainKeyFile", secrets.AuditChainKeyFile)
    .WithEnvironment("Audit__CheckpointPath", config.DataFolder("audit-checkpoints"));
var notification = builder.AddService<Projects.Wbs_Notification>("notification")
    .WithDependency(databases["notificationdb"]).WithBroker(brokers["notification"])
    .WithEnvironment("Notification__PickupDirectory", config.DataFolder("mail"));
// Who calls whom: evidence downloads ask CaseManagement whether the caller may see the case, and so
// does Intake before it opens a disclosed identity; Identity asks Intake about a complaint code
// fresher than its event; every service validates tokens against Identity's keys and reads the tenant
// registry from Intake.
identity.WithReference(intake);
evidencestorage.WithReference(identity).WithReference(casemanagement).WithReference(intake);
intake.WithReference(identity).WithReference(evidencestorage).WithReference(casemanagement);
casemanagement.WithReference(identity).WithReference(intake).WithReference(evidencestorage);
notification.WithReference(identity).WithReference(intake);
var gatewayPort = AppHostSettings.Port(config, "WBS_GATEWAY_PORT", 8080);
var gateway = builder.AddService<Projects.Wbs_Gateway>("gateway", gatewayPort);
var web = builder.AddService<Projects.Wbs_Web>("web")
    .WithReference(intake).WithReference(identity).WithReference(casemanagement).WithReference(evidencestorage)
    .WithReference(notification).WithReference(gateway).WithSecurityKeys(secrets, KeyRings.DataProtection)
    .WithEnvironment("Web__KeysPath", config.DataFolder("web-keys"))
    .WithEnvironment("Receipts__SigningKey", builder.AddParameter("receipt-signing-key", secrets.ReceiptSigningKey, secret: true));
builder.WithServiceIdentities(secrets, identity, new Dictionary<string, IResourceBuilder<ServiceResource>>
{
    ["intake"] = intake, ["casemanagement"] = casemanagement, ["evidencestorage"] = evidencestorage, ["web"] = web,
});
foreach (var service in new[] { gateway, identity, web })
{
    service.WithAbuseSettings(secrets, config);
}
foreach (var service in new[] { intake, identity, casemanagement, evidencestorage, notification, web })
{
    gateway.WithDependency(service);
}

var dashboardUrl = config["ASPNETCORE_URLS"]!.Split(';')[0].TrimEnd('/');
builder.Services.AddSingleton(new AnnouncerSettings($"http://127.0.0.1:{gatewayPort}", dashboardUrl,
    Path.Combine(AppHostSettings.DataDirectory(config), "dev-credentials.json"), secrets));
builder.Services.AddHostedService<ReadyAnnouncer>();
if (config.GetValue<bool>("WBS_TIMELINE"))
{
    builder.AddStartTimeline();
}
builder.Build().Run();

// Internal, unlike the services' Program: test projects see the AppHost through TestSupport, and a second public
// global Program would make each service's ambiguous there. (ASP.NET Core's generator makes it public only when
// the top-level statements are its sole declaration.)
internal partial class Program;
