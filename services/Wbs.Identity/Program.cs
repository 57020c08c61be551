var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapWellKnownApi();
app.MapSessionsApi();
app.MapAccountsApi();
app.MapStaffApi();
app.MapPlatformAdminsApi();
app.MapPasswordsApi();
app.MapInternalStaffApi();
app.MapInternalAccountsApi();
app.MapServiceTokensApi();

app.Run();
