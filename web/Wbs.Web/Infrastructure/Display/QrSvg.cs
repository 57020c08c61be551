using Microsoft.AspNetCore.Html;
using QRCoder;

namespace Wbs.Web.Infrastructure.Display;

/// <summary>
/// A QR code as inline SVG markup (QRCoder's SVG renderer). Identity also answers a PNG, but the
/// site's Content-Security-Policy allows no <c>data:</c> images, and the enrolment secret must not be
/// stored to serve it as a file.
/// </summary>
public static class QrSvg
{
    public static IHtmlContent Render(string text, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(6, "#000000", "#ffffff", drawQuietZones: true);
        // The renderer writes a bare <svg …>; the page needs it named for screen readers.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var named = svg[start..].Replace("<svg ", $"<svg class=\"qr\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" ", StringComparison.Ordinal);
        return new HtmlString(named);
    }
}
