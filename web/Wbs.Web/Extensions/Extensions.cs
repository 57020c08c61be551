using Wbs.ServiceDefaults.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Wbs.Web.Infrastructure.Security;

namespace Wbs.Web.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        builder.Services.AddWebLocalisation();
        var https = PublicOrigin.IsHttps(builder.Configuration);
        var securePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = PublicOrigin.CookieName(builder.Configuration, "wbs_csrf", wholeSite: true);
            options.Cookie.Path = "/";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = securePolicy;
            options.FormFieldName = StreamingFormReader.TokenField;
        });
        builder.Services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = PublicOrigin.CookieName(builder.Configuration, "wbs_flash", wholeSite: true);
            options.Cookie.Path = "/";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = securePolicy;
        });
        builder.AddWebDataProtection();

        builder.Services.AddHttpClient<IntakeProfileClient>(c => c.BaseAddress = new Uri("http://intake"));
        // The clients of pages carry the session the page chose (CallerSession), added by their one handler.
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CallerSession>();
        builder.Services.AddTransient<CallerTokenHandler>();
        // These two also call /internal endpoints, which ask for the web app's service identity.
        builder.Services.AddPeerClient<IntakeClient>(ServiceIdentity.Services.Intake)
            .AddHttpMessageHandler<CallerTokenHandler>();
        builder.Services.AddPeerClient<IdentityClient>(ServiceIdentity.Services.Identity)
            .AddHttpMessageHandler<CallerTokenHandler>();
        builder.Services.AddHttpClient<PlatformClient>(c => c.BaseAddress = new Uri("http://intake"))
            .AddHttpMessageHandler<CallerTokenHandler>();
        builder.Services.AddHttpClient<CaseClient>(c => c.BaseAddress = new Uri("http://casemanagement"))
            .AddHttpMessageHandler<CallerTokenHandler>();
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way out of the defaults
        builder.Services.AddHttpClient<EvidenceClient>(c =>
        {
            c.BaseAddress = new Uri("http://evidencestorage");
            c.Timeout = TimeSpan.FromMinutes(10);
        }).RemoveAllResilienceHandlers() // streamed uploads: a 30 s total timeout would cut a large file, a retry could not resend it
            .AddHttpMessageHandler<CallerTokenHandler>();
#pragma warning restore EXTEXP0001
        builder.Services.AddHttpClient<NotificationClient>(c => c.BaseAddress = new Uri("http://notification"))
            .AddHttpMessageHandler<CallerTokenHandler>();

        builder.Services.AddWbsAbuseProtection();
        builder.Services.AddValidatedOptions<FormProofOptions>(FormProofOptions.Section);
        builder.Services.AddSingleton<FormProof>();
        builder.Services.AddSingleton<SessionCookies>();
        builder.Services.AddSingleton<OneTimeCookie>();
        builder.Services.AddValidatedOptions<UploadFormOptions>(UploadFormOptions.Section);
        builder.Services.AddSingleton<StreamingFormReader>();
        builder.Services.AddValidatedOptions<Wbs.Web.Infrastructure.Receipts.ReceiptOptions>(Wbs.Web.Infrastructure.Receipts.ReceiptOptions.Section);
        builder.Services.AddSingleton<Wbs.Web.Infrastructure.Receipts.ReceiptSigner>();
        return builder;
    }

    /// <summary>
    /// Session cookies are encrypted with Data Protection. Its keys are shared by every instance and
    /// survive restarts: they live in the folder <c>Web:KeysPath</c> (the AppHost passes .wbs/web-keys),
    /// and each key file is itself encrypted with the web app's own key ring
    /// (<c>Security:KeyFiles:DataProtection</c>; the web app holds no key of report content), so the
    /// folder alone reveals nothing. Without a folder (tests) keys stay in memory.
    /// </summary>
    public static IHostApplicationBuilder AddWebDataProtection(this IHostApplicationBuilder builder)
    {
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("wbs-web");
        if (builder.Configuration["Web:KeysPath"] is { Length: > 0 } keysPath)
        {
            var folder = Directory.CreateDirectory(keysPath);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            dataProtection.PersistKeysToFileSystem(folder);
        }
        else
        {
            dataProtection.UseEphemeralDataProtectionProvider();
        }
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>();
        if (security?.Has(KeyPurposes.DataProtection) == true)
        {
            var cipher = new EnvelopeCipher(security.Source(KeyPurposes.DataProtection));
            builder.Services.AddSingleton(cipher);
            builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new KekXmlEncryptor(cipher));
        }
        return builder;
    }

    public static WebApplication UseWebFrontEnd(this WebApplication app)
    {
        // Pages answer errors as pages (HTML), not as the API's problem+json; details stay in the logs.
        app.UseExceptionHandler("/status/500");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles();
        app.UseWebLocalisation();
        app.UseTenantZone();
        // Everything after the static files is per person: never kept by a browser or a proxy cache.
        var hsts = PublicOrigin.IsHttps(app.Configuration);
        app.Use((context, next) =>
        {
            if (hsts)
            {
                // TLS ends before the gateway's plain-http hop (which forwards no X-Forwarded-*): the public request was https.
                context.Request.Scheme = "https";
            }
            context.Response.OnStarting(state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                if (hsts)
                {
                    headers.StrictTransportSecurity = PublicOrigin.StrictTransportSecurity;
                }
                headers.CacheControl = "no-store, max-age=0";
                headers.Pragma = "no-cache";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
        return app;
    }
}
