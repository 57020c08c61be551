var builder = DistributedApplication.CreateBuilder(args);
var secrets = builder.AddWbsSecrets();
var dashboardUrl = builder.AddOpsDashboard(secrets);

var postgres = builder.AddPostgres("postgres", builder.GetPort("WBS_POSTGRES_PORT", 15432), secrets.PostgresPassword);
var intakedb = postgres.AddDatabase("intakedb");
var identitydb = postgres.AddDatabase("identitydb");
var casemanagementdb = postgres.AddDatabase("casemanagementdb");
var evidencedb = postgres.AddDatabase("evidencedb");
var notificationdb = postgres.AddDatabase("notificationdb");
var messaging = builder.AddRabbitMQ("messaging",
    builder.GetPort("WBS_RABBITMQ_PORT", 15672), builder.GetPort("WBS_RABBITMQ_MANAGEMENT_PORT", 15673), secrets.RabbitMqPassword,
    dataDirectory: builder.DataFolder("rabbitmq"));

var identity = builder.AddProject("identity", "services/Wbs.Identity")
    .WithReference(identitydb).WithReference(messaging).WithSecurityKeys(secrets);
if (secrets.DevStaffFile is { } devStaff)
{
    identity.WithEnvironment("Identity__DevStaffFile", devStaff);
}
var evidencestorage = builder.AddProject("evidencestorage", "services/Wbs.EvidenceStorage")
    .WithReference(evidencedb).WithReference(messaging).WithReference(identity).WithSecurityKeys(secrets)
    .WithEnvironment("Evidence__StoragePath", builder.DataFolder("evidence"));
var intake = builder.AddProject("intake", "services/Wbs.Intake")
    .WithReference(intakedb).WithReference(messaging).WithReference(identity).WithReference(evidencestorage).WithSecurityKeys(secrets);
var casemanagement = builder.AddProject("casemanagement", "services/Wbs.CaseManagement")
    .WithReference(casemanagementdb).WithReference(messaging).WithReference(identity)
    .WithReference(intake).WithReference(evidencestorage).WithSecurityKeys(secrets);
// Evidence downloads ask CaseManagement whether the caller may see the case; CaseManagement starts
// after EvidenceStorage (it references it), so this reference does not wait.
evidencestorage.WithReference(casemanagement, waitFor: false);
var notification = builder.AddProject("notification", "services/Wbs.Notification")
    .WithReference(notificationdb).WithReference(messaging).WithReference(identity).WithSecurityKeys(secrets)
    .WithEnvironment("Notification__PickupDirectory", builder.DataFolder("mail"));
var gateway = builder.AddProject("gateway", "gateway/Wbs.Gateway")
    .WithHttpEndpoint(port: builder.GetPort("WBS_GATEWAY_PORT", 8080));
var web = builder.AddProject("web", "web/Wbs.Web")
    .WithReference(intake).WithReference(identity).WithReference(casemanagement).WithReference(evidencestorage).WithReference(notification)
    .WithReference(gateway, waitFor: false).WithSecurityKeys(secrets)
    .WithEnvironment("Web__KeysPath", builder.DataFolder("web-keys"));
gateway.WithReference(intake).WithReference(identity).WithReference(casemanagement).WithReference(evidencestorage)
    .WithReference(notification).WithReference(web);

builder.LifecycleHooks.Add(new ReadyAnnouncer(() => gateway.Resource.Url, dashboardUrl, secrets));
return await builder.Build().RunAsync();
