using QRCoder;

namespace Wbs.Identity.Infrastructure;

public static class EnrolmentQrCode
{
    /// <summary>A PNG of the otpauth:// URI for authenticator apps to scan.</summary>
    public static byte[] Png(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(6);
    }

    /// <summary>The same QR code as SVG markup (shown inline, no image request).</summary>
    public static string Svg(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(6);
    }
}
