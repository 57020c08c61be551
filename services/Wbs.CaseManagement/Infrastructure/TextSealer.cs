using System.Text;
using Wbs.ServiceDefaults.Security;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>Seals free text (messages, notes) with the envelope cipher, bound to its tenant and row.</summary>
public sealed class TextSealer([FromKeyedServices(KeyPurposes.Messages)] EnvelopeCipher cipher)
{
    public byte[] Seal(string text, string tenant, Guid rowId) =>
        cipher.Seal(Encoding.UTF8.GetBytes(text), Context(tenant, rowId));

    public string Open(byte[] sealedText, string tenant, Guid rowId) =>
        Encoding.UTF8.GetString(cipher.Open(sealedText, Context(tenant, rowId)));

    public string? OpenOrNull(byte[]? sealedText, string tenant, Guid rowId) =>
        sealedText is null ? null : Open(sealedText, tenant, rowId);

    /// <summary>For rows with more than one sealed column: the purpose keeps each ciphertext in its own column.</summary>
    public byte[] Seal(string text, string tenant, Guid rowId, string purpose) =>
        cipher.Seal(Encoding.UTF8.GetBytes(text), Context(tenant, rowId, purpose));

    public string Open(byte[] sealedText, string tenant, Guid rowId, string purpose) =>
        Encoding.UTF8.GetString(cipher.Open(sealedText, Context(tenant, rowId, purpose)));

    public string? OpenOrNull(byte[]? sealedText, string tenant, Guid rowId, string purpose) =>
        sealedText is null ? null : Open(sealedText, tenant, rowId, purpose);

    private static byte[] Context(string tenant, Guid rowId, string? purpose = null) =>
        Encoding.UTF8.GetBytes(purpose is null ? $"casemanagement:{tenant}:{rowId:N}" : $"casemanagement:{tenant}:{rowId:N}:{purpose}");
}
