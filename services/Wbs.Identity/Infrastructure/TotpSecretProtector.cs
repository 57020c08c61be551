using System.Text;

namespace Wbs.Identity.Infrastructure;

/// <summary>TOTP secrets are sealed with the envelope cipher and bound to their staff user's id.</summary>
public sealed class TotpSecretProtector([FromKeyedServices(KeyPurposes.Totp)] EnvelopeCipher cipher)
{
    public byte[] Seal(Guid staffId, byte[] secret) => cipher.Seal(secret, AssociatedData(staffId));

    public byte[] Open(StaffUser user) => cipher.Open(user.SealedTotpSecret, AssociatedData(user.Id));

    private static byte[] AssociatedData(Guid staffId) => Encoding.ASCII.GetBytes($"wbs-identity/totp/{staffId:N}");
}
