namespace Wbs.Gateway.Infrastructure;

/// <summary>
/// A request under <c>/api/{tenant}/</c> naming a slug this gateway does not know yet asks the registry before a
/// budget is chosen (at most once a second, see <see cref="TenantCatalogRefresher"/>). An agency created a moment
/// ago then gets its own budgets and proof of work from its first request, instead of sharing the budget of
/// unknown slugs until the next refresh (the gateway has no broker, so it hears no <c>TenantProfileChanged</c>).
/// </summary>
public sealed class TenantLookup(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantCatalogRefresher refresher)
    {
        if (RequestTenant.ApiSlug(context.Request.Path) is { } slug)
        {
            await refresher.FindAsync(slug, context.RequestAborted);
        }
        await next(context);
    }
}
