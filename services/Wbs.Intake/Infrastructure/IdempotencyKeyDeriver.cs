using System.Security.Cryptography;
using System.Text;

namespace Wbs.Intake.Infrastructure;

/// <summary>
/// Derives what protects an idempotent answer from the client's <c>Idempotency-Key</c>, which only the client holds
/// (the web sends a random one per form), with a secret of this service as HKDF's salt. So the database together with
/// every key of the service neither opens a stored answer (its complaint code) nor tests a guess of what a request
/// held (a reporter's name): only a request that brings the Idempotency-Key again does. The secret is derived from
/// the code-digest key, which never rotates, so a rotation does not make a repeat within the 24 hours miss its answer.
/// </summary>
public sealed class IdempotencyKeyDeriver(byte[] rootKey)
{
    private readonly byte[] _salt = HKDF.DeriveKey(HashAlgorithmName.SHA256, rootKey, 32, info: "wbs/idempotency/v1"u8.ToArray());

    public IdempotencyKeys Derive(string tenant, string idempotencyKey) =>
        new(tenant, HKDF.Extract(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(idempotencyKey), _salt));
}
