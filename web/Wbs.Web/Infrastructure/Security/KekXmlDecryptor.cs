using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Wbs.Web.Infrastructure.Security;

/// <summary>Data Protection creates this by type name from the key file, with the application's services.</summary>
public sealed class KekXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var cipher = services.GetRequiredService<EnvelopeCipher>();
        var value = encryptedElement.Element("value")?.Value ?? throw new InvalidOperationException("Encrypted key without a value.");
        var plaintext = cipher.Open(Convert.FromBase64String(value), KekXmlEncryptor.AssociatedData);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
