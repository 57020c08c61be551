using System.Text;

namespace Wbs.Identity.Infrastructure;

/// <summary>TOTP secrets are sealed with the envelope cipher and bound to their staff user's id.</summary>
public sealed class TotpSecretProtector([FromKeyedServices(KeyPurposes.Totp)] EnvelopeCipher cipher)
{
    public byte[] Seal(Guid staffId, byte[] secret) => cipher.Seal(secret, AssociatedData(staffId));

    public byte[] Open(StaffUser user) => cipher.Open(user.SealedTotpSecret, AssociatedData(user.Id));

    /// <summary>A secret being set up is bound to the user too, and cannot pass for the confirmed one.</summary>
    public byte[] SealPending(Guid staffId, byte[] secret) => cipher.Seal(secret, AssociatedData(staffId, "totp-pending"));

    public byte[]? OpenPending(StaffUser user) =>
        user.SealedPendingTotpSecret is { } sealedSecret ? cipher.Open(sealedSecret, AssociatedData(user.Id, "totp-pending")) : null;

    private static byte[] AssociatedData(Guid staffId, string purpose = "totp") => Encoding.ASCII.GetBytes($"wbs-identity/{purpose}/{staffId:N}");
}
