var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseWebFrontEnd();
app.MapRazorPages();
app.MapStaffDownloads();
app.MapTenantTheme();

app.Run();

/// <summary>Public, so that tests host this service with <c>ServiceFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
