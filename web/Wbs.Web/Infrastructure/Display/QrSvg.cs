using System.Text;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace Wbs.Web.Infrastructure.Display;

/// <summary>
/// A QR code as inline SVG markup. Identity also answers a PNG, but the site's Content-Security-Policy
/// allows no <c>data:</c> images, and the enrolment secret must not be stored to serve it as a file.
/// </summary>
public static class QrSvg
{
    public static IHtmlContent Render(string text, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x])
                {
                    path.Append('M').Append(x).Append(',').Append(y).Append("h1v1h-1z");
                }
            }
        }
        var svg = $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" "
            + $"viewBox=\"0 0 {size} {size}\" width=\"240\" height=\"240\" shape-rendering=\"crispEdges\">"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"{path}\"/></svg>";
        return new HtmlString(svg);
    }
}
