// ./wbs bootstrap-admin: the first admin of a tenant, then exit (no server).
if (args is [BootstrapAdmin.Command, .. var rest])
{
    return await BootstrapAdmin.RunAsync(rest, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddApiServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseApiServiceDefaults();
app.MapWellKnownApi();
app.MapSessionsApi();
app.MapAccountsApi();
app.MapStaffApi();
app.MapPlatformAdminsApi();
app.MapPasswordsApi();
app.MapTotpEnrolmentApi();
app.MapInternalStaffApi();
app.MapInternalAccountsApi();
app.MapServiceTokensApi();

app.Run();
return 0;

/// <summary>Public, so that tests host this service with <c>ServiceFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
