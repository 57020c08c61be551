using System.Text;
using Wbs.ServiceDefaults.Security;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>Seals free text (messages, notes) with the envelope cipher, bound to its tenant and row.</summary>
public sealed class TextSealer(EnvelopeCipher cipher)
{
    public byte[] Seal(string text, string tenant, Guid rowId) =>
        cipher.Seal(Encoding.UTF8.GetBytes(text), Context(tenant, rowId));

    public string Open(byte[] sealedText, string tenant, Guid rowId) =>
        Encoding.UTF8.GetString(cipher.Open(sealedText, Context(tenant, rowId)));

    public string? OpenOrNull(byte[]? sealedText, string tenant, Guid rowId) =>
        sealedText is null ? null : Open(sealedText, tenant, rowId);

    private static byte[] Context(string tenant, Guid rowId) => Encoding.UTF8.GetBytes($"casemanagement:{tenant}:{rowId:N}");
}
