var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// A slow start makes health-gated ordering observable.
if (int.TryParse(app.Configuration["TESTAPP_START_DELAY_MS"], out var delay))
{
    await Task.Delay(delay);
}

app.MapGet("/health", () => TypedResults.Text("Healthy"));
app.MapGet("/env/{name}", (string name, IConfiguration configuration) =>
    configuration[name.Replace("__", ":")] is { } value ? Results.Text(value) : Results.NotFound());
app.Run();
