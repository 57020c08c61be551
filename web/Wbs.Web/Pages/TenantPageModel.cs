using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Pages;

/// <summary>
/// Every page under <c>/{tenant}/…</c>: an unknown tenant is a 404 page; the tenant's profile (from
/// the shared catalogue, as every service resolves it) and the form's messages are at hand.
/// </summary>
public abstract class TenantPageModel : PageModel
{
    public TenantProfile Tenant { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    /// <summary>A short confirmation shown once after a redirect (POST-redirect-GET).</summary>
    [TempData]
    public string? Flash { get; set; }

    public string Slug => Tenant.Slug;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var catalog = HttpContext.RequestServices.GetRequiredService<TenantCatalog>();
        if (catalog.Find(RouteData.Values["tenant"] as string) is not { } tenant)
        {
            context.Result = NotFound();
            return;
        }
        Tenant = tenant;
        ViewData["Tenant"] = tenant;
        ViewData["TenantName"] = tenant.Name;
        if (await BeforeHandlerAsync() is { } result)
        {
            context.Result = result;
            return;
        }
        await next();
    }

    /// <summary>A result here (e.g. a redirect to sign in) replaces the handler.</summary>
    protected virtual Task<IActionResult?> BeforeHandlerAsync() => Task.FromResult<IActionResult?>(null);

    /// <summary>Redirects within the tenant with 303, so the browser follows with GET.</summary>
    protected IActionResult SeeOther(string path) => SeeOtherUrl($"/{Slug}{path}");

    /// <summary>303 See Other: after a POST the browser loads the target with GET, and reloading never re-posts.</summary>
    protected IActionResult SeeOtherUrl(string url)
    {
        Response.Headers.Location = url;
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    protected static bool IsSignInLost(ApiProblem problem) => problem.Status is StatusCodes.Status401Unauthorized;
}
