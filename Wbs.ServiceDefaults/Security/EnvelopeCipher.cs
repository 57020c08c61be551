using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Wbs.ServiceDefaults.Security;

/// <summary>
/// AES-256-GCM envelope encryption: every record gets its own random data key, which is wrapped
/// by a key-encryption key (KEK) of one purpose's <see cref="KeyRing"/>. Layout of a sealed value:
/// <c>version(1) | kekId(4) | wrapNonce(12) | wrappedKey(32) | wrapTag(16) | nonce(12) | tag(16) | ciphertext</c>.
/// The associated data binds a ciphertext to its record, so swapping values between rows fails.
/// New values are wrapped by the ring's current key; any key of the ring opens; <see cref="Rewrap"/>
/// moves a value to the current key without touching its ciphertext (online rotation).
/// </summary>
public sealed class EnvelopeCipher
{
    private const byte Version = 1;
    private const int NonceSize = 12, TagSize = 16, KeySize = 32, KekIdSize = 4;
    public const int HeaderSize = 1 + KekIdSize + NonceSize + KeySize + TagSize;
    private const int Overhead = HeaderSize + NonceSize + TagSize;

    private readonly KeyRingSource _keys;

    public EnvelopeCipher(byte[] keyEncryptionKey) : this(KeyRingSource.Fixed(new KeyRing([keyEncryptionKey])))
    {
    }

    public EnvelopeCipher(KeyRingSource keys) => _keys = keys;

    /// <summary>The id of the key new values are wrapped with.</summary>
    public uint CurrentKeyId => _keys.Ring.CurrentId;

    /// <summary>Whether the ring holds a key besides the current one, under which values may still be wrapped.</summary>
    public bool HoldsOlderKeys => _keys.Ring.Ids.Count > 1;

    /// <summary>The id of the key that wrapped a sealed value (or a header).</summary>
    public static uint KeyIdOf(ReadOnlySpan<byte> sealedValue) => BinaryPrimitives.ReadUInt32BigEndian(sealedValue.Slice(1, KekIdSize));

    /// <summary>
    /// A copy of <paramref name="sealedValue"/> (a whole sealed value or a header alone) whose data key is
    /// wrapped by the current key; the data key and the ciphertext stay as they are.
    /// </summary>
    public byte[] Rewrap(ReadOnlySpan<byte> sealedValue)
    {
        if (sealedValue.Length < HeaderSize)
        {
            throw new CryptographicException("Sealed value is truncated.");
        }
        var copy = sealedValue.ToArray();
        Span<byte> dataKey = stackalloc byte[KeySize];
        try
        {
            UnwrapKey(sealedValue[..HeaderSize], dataKey);
            WrapKey(dataKey, copy.AsSpan(0, HeaderSize));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
        return copy;
    }

    public byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[Overhead + plaintext.Length];
        Span<byte> dataKey = stackalloc byte[KeySize];
        RandomNumberGenerator.Fill(dataKey);
        try
        {
            WrapKey(dataKey, output.AsSpan(0, HeaderSize));
            var body = output.AsSpan(HeaderSize);
            var nonce = body[..NonceSize];
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(dataKey, TagSize);
            aes.Encrypt(nonce, plaintext, body[(NonceSize + TagSize)..], body.Slice(NonceSize, TagSize), associatedData);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
        return output;
    }

    /// <exception cref="CryptographicException">The value was altered, or sealed under another key or record.</exception>
    public byte[] Open(ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> associatedData)
    {
        if (sealedValue.Length < Overhead)
        {
            throw new CryptographicException("Sealed value is truncated.");
        }
        Span<byte> dataKey = stackalloc byte[KeySize];
        try
        {
            UnwrapKey(sealedValue[..HeaderSize], dataKey);
            var body = sealedValue[HeaderSize..];
            var plaintext = new byte[body.Length - NonceSize - TagSize];
            using var aes = new AesGcm(dataKey, TagSize);
            aes.Decrypt(body[..NonceSize], body[(NonceSize + TagSize)..], body.Slice(NonceSize, TagSize), plaintext, associatedData);
            return plaintext;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Writes the header (version, KEK id, wrapped data key) into <paramref name="header"/>.</summary>
    public void WrapKey(ReadOnlySpan<byte> dataKey, Span<byte> header)
    {
        var ring = _keys.Ring;
        header[0] = Version;
        BinaryPrimitives.WriteUInt32BigEndian(header.Slice(1, KekIdSize), ring.CurrentId);
        var nonce = header.Slice(1 + KekIdSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(ring.Current, TagSize);
        aes.Encrypt(nonce, dataKey, header.Slice(1 + KekIdSize + NonceSize, KeySize),
            header.Slice(1 + KekIdSize + NonceSize + KeySize, TagSize), header[..(1 + KekIdSize)]);
    }

    public void UnwrapKey(ReadOnlySpan<byte> header, Span<byte> dataKey)
    {
        if (header[0] != Version || !_keys.Ring.TryGet(KeyIdOf(header), out var kek))
        {
            throw new CryptographicException("Sealed under an unknown version or a key-encryption key this process does not hold.");
        }
        using var aes = new AesGcm(kek, TagSize);
        aes.Decrypt(header.Slice(1 + KekIdSize, NonceSize), header.Slice(1 + KekIdSize + NonceSize, KeySize),
            header.Slice(1 + KekIdSize + NonceSize + KeySize, TagSize), dataKey, header[..(1 + KekIdSize)]);
    }
}
