namespace Wbs.Web.Infrastructure.Receipts;

/// <summary>The platform key that signs reporters' receipts (<c>Receipts:SigningKey</c>, base64, at least 32 bytes).</summary>
public sealed class ReceiptOptions
{
    public const string Section = "Receipts";

    public string? SigningKey { get; set; }
}
