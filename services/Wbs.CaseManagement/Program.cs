var builder = WebApplication.CreateBuilder(args);

builder.AddApiServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseApiServiceDefaults();
app.MapReportsApi();
app.MapCasesApi();
app.MapForwardingsApi();
app.MapRetentionApi();
app.MapDisclosuresApi();
app.MapAuditApi();
app.MapStatisticsApi();
app.MapInternalCasesApi();

app.Run();

/// <summary>Public, so that tests host this service with <c>ServiceFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
