using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Wbs.Web.Infrastructure.TenantUrls;

/// <summary>
/// <c>tenant-href="staff/cases"</c> (also <c>tenant-action</c>, <c>tenant-src</c>, <c>tenant-formaction</c>) becomes
/// <c>href="/{slug}/staff/cases"</c> for the page's tenant, or for <c>tenant-slug</c> when a page links to another
/// tenant (the platform console, the landing page's list).
/// </summary>
[HtmlTargetElement(Attributes = "tenant-href")]
[HtmlTargetElement(Attributes = "tenant-action")]
[HtmlTargetElement(Attributes = "tenant-src")]
[HtmlTargetElement(Attributes = "tenant-formaction")]
public sealed class TenantUrlTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("tenant-href")]
    public string? Href { get; set; }

    [HtmlAttributeName("tenant-action")]
    public string? Action { get; set; }

    [HtmlAttributeName("tenant-src")]
    public string? Src { get; set; }

    [HtmlAttributeName("tenant-formaction")]
    public string? FormAction { get; set; }

    [HtmlAttributeName("tenant-slug")]
    public string? Slug { get; set; }

    // Before the form tag helper (-1000), so that a form with tenant-action already has its action and
    // is not given the current page's URL.
    public override int Order => -2000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var slug = Slug ?? (ViewContext.ViewData["Tenant"] as TenantProfile)?.Slug
            ?? throw new InvalidOperationException("A tenant URL outside a tenant's page needs tenant-slug.");
        Set(output, "href", Href, slug);
        Set(output, "action", Action, slug);
        Set(output, "src", Src, slug);
        Set(output, "formaction", FormAction, slug);
    }

    private static void Set(TagHelperOutput output, string attribute, string? path, string slug)
    {
        if (path is not null)
        {
            output.Attributes.SetAttribute(attribute, TenantPaths.Of(slug, path));
        }
    }
}
