var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseGatewayProtection();
app.MapGateway();

app.Run();

/// <summary>Public, so that tests host this service with <c>ServiceFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
