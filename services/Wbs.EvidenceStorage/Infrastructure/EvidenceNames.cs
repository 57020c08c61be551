using System.Text;
using Wbs.ServiceDefaults.Security;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// Seals original file names like the files themselves (a name often says who took a photo or where), bound to
/// their tenant and record, under the evidence keys; they are opened only to be shown to staff and to the
/// reporter who uploaded them, and never leave the service through the broker.
/// </summary>
public sealed class EvidenceNames([FromKeyedServices(KeyPurposes.Evidence)] EnvelopeCipher cipher)
{
    public byte[] Seal(string fileName, string tenant, Guid id) => cipher.Seal(Encoding.UTF8.GetBytes(fileName), Context(tenant, id));

    /// <summary>The name of <paramref name="file"/>: opened, or as stored before names were sealed (<see cref="EvidenceFile.PlainFileName"/>).</summary>
    public string Open(EvidenceFile file) =>
        file.SealedFileName is { } sealedName ? Encoding.UTF8.GetString(cipher.Open(sealedName, Context(file.Tenant, file.Id))) : file.PlainFileName ?? "";

    private static byte[] Context(string tenant, Guid id) => Encoding.UTF8.GetBytes($"wbs-evidence-name/{tenant}/{id:N}");
}
