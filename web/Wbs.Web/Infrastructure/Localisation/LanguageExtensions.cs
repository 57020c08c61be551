using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Wbs.Web.Infrastructure.Localisation;

/// <summary>
/// ASP.NET Core's request localisation with two sources: <c>?lang=</c> (a link in the header, so the
/// switch works without JavaScript) and the cookie that link sets; nothing from Accept-Language, so
/// the language never depends on how a shared or Tor browser is configured.
/// </summary>
public static class LanguageExtensions
{
    public const string CookieName = "wbs_lang";

    public static IServiceCollection AddWebLocalisation(this IServiceCollection services)
    {
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Lang.Supported.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Lang.Indonesian);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = Lang.QueryKey, UIQueryStringKey = Lang.QueryKey },
                new CookieRequestCultureProvider { CookieName = CookieName },
            ];
        });
        return services;
    }

    public static WebApplication UseWebLocalisation(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use((context, next) =>
        {
            // A chosen language is remembered for the next pages (and for forms posted without the parameter).
            if (context.Request.Query[Lang.QueryKey].ToString() is { Length: > 0 } asked && Lang.Supported.Contains(asked))
            {
                context.Response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(asked)),
                    new CookieOptions
                    {
                        Path = "/",
                        HttpOnly = true,
                        SameSite = SameSiteMode.Lax,
                        Secure = context.Request.IsHttps,
                        MaxAge = TimeSpan.FromDays(365),
                        IsEssential = true,
                    });
            }
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// The current address with <c>lang</c> set to <paramref name="language"/>, other parameters kept except the page
    /// handler, which is <paramref name="handler"/> if given: the switch must never repeat what a posted form did.
    /// </summary>
    public static string SwitchUrl(this HttpRequest request, string language, string? handler = null) =>
        request.PageAddress(("handler", handler), (Lang.QueryKey, language));
}
