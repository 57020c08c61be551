using System.Net;
using Microsoft.AspNetCore.Html;

namespace Wbs.Web.Infrastructure.Display;

/// <summary>Small pieces of markup shared by the forms.</summary>
public static class Ui
{
    /// <summary>A field's message, with the id the input's aria-describedby points at.</summary>
    public static IHtmlContent Error(FormErrors errors, string field) =>
        errors.For(field) is { } message
            ? new HtmlString($"<p class=\"field-error\" id=\"{WebUtility.HtmlEncode(field)}-error\"><span class=\"visually-hidden\">{Lang.T("Kesalahan", "Error")}: </span>{WebUtility.HtmlEncode(message)}</p>")
            : HtmlString.Empty;

    /// <summary>The status in the reader's language; the service's own (Indonesian) label is ignored.</summary>
    public static IHtmlContent StatusBadge(string status, string? serviceLabel = null) =>
        new HtmlString($"<span class=\"badge status-{WebUtility.HtmlEncode(status)}\">{WebUtility.HtmlEncode(Labels.Status(status))}</span>");

    public static IHtmlContent DisclosureStatus(string status) =>
        new HtmlString($"<span class=\"badge disclosure-{WebUtility.HtmlEncode(status)}\">{WebUtility.HtmlEncode(Labels.DisclosureStatus(status))}</span>");
}
