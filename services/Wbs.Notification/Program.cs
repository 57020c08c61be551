var builder = WebApplication.CreateBuilder(args);

builder.AddApiServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseApiServiceDefaults();
app.MapNotificationsApi();

app.Run();

/// <summary>Public, so that tests host this service with <c>ServiceFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
