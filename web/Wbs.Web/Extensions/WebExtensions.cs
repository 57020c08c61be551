namespace Microsoft.Extensions.Hosting;

public static class WebExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        builder.Services.AddHttpClient<IntakeProfileClient>(c => c.BaseAddress = new Uri("http://intake"));
        return builder;
    }

    public static WebApplication UseWebFrontEnd(this WebApplication app)
    {
        // Pages answer errors as pages (HTML), not as the API's problem+json.
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles();
        return app;
    }
}
