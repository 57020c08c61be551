using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Wbs.ServiceDefaults.Security;

/// <summary>
/// The keys of one purpose: the first is current (new values are sealed under it), the others are
/// older keys kept only to open what was sealed before a rotation. A key's id is the first four bytes
/// of its SHA-256, written in every sealed value's header.
/// </summary>
public sealed class KeyRing
{
    public const int KeySize = 32;

    private readonly Dictionary<uint, byte[]> _byId;

    public KeyRing(IReadOnlyList<byte[]> keys)
    {
        if (keys.Count == 0)
        {
            throw new ArgumentException("A key ring needs at least one key.", nameof(keys));
        }
        if (keys.Any(k => k.Length != KeySize))
        {
            throw new ArgumentException($"Every key must be {KeySize} bytes.", nameof(keys));
        }
        _byId = [];
        foreach (var key in keys)
        {
            _byId.TryAdd(IdOf(key), key);
        }
        Current = keys[0];
        CurrentId = IdOf(Current);
    }

    public byte[] Current { get; }

    public uint CurrentId { get; }

    public IReadOnlyCollection<uint> Ids => _byId.Keys;

    public bool TryGet(uint id, out byte[] key) => _byId.TryGetValue(id, out key!);

    public static uint IdOf(ReadOnlySpan<byte> key) => BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(key));

    /// <summary>Base64 keys separated by new lines, spaces or commas; the first is current.</summary>
    /// <exception cref="FormatException">A key is not base64 of 32 bytes, or there is none.</exception>
    public static KeyRing Parse(string text)
    {
        var keys = text.Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(Convert.FromBase64String).ToList();
        if (keys.Count == 0 || keys.Any(k => k.Length != KeySize))
        {
            throw new FormatException($"A key ring is one or more base64 keys of {KeySize} bytes, the current one first.");
        }
        return new KeyRing(keys);
    }
}
