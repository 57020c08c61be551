using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Wbs.Web.Infrastructure.Security;

/// <summary>
/// Encrypts Data Protection key files at rest with the web app's own key ring (AES-256-GCM envelope,
/// the <see cref="EnvelopeCipher"/> the services use, under keys of its own purpose). A copy of the keys
/// folder alone therefore decrypts no session cookie.
/// </summary>
public sealed class KekXmlEncryptor(EnvelopeCipher cipher) : IXmlEncryptor
{
    public static readonly byte[] AssociatedData = Encoding.UTF8.GetBytes("wbs-web/data-protection-key");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedValue = cipher.Seal(plaintext, AssociatedData);
        var element = new XElement("encryptedKey",
            new XComment(" Encrypted with the WBS data-protection key ring (AES-256-GCM). "),
            new XElement("value", Convert.ToBase64String(sealedValue)));
        return new EncryptedXmlInfo(element, typeof(KekXmlDecryptor));
    }
}
