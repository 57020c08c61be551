using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// AES-256-GCM over a stream in fixed-size chunks, so files of any size are encrypted and decrypted
/// without holding them in memory. Layout: <c>"WBSC" | version(1) | chunkSize(4) | noncePrefix(8)</c>,
/// then chunks of <c>ciphertext | tag(16)</c>. Chunk i uses nonce <c>noncePrefix | i</c> (big-endian
/// 32 bits) and associated data <c>header | context | lastFlag</c>. Every chunk but the last holds
/// exactly <c>chunkSize</c> bytes; the last holds fewer (possibly none) and carries the last flag,
/// so reordering, dropping, truncating or extending the stream fails authentication.
/// </summary>
public static class ChunkedStreamCipher
{
    public const int DefaultChunkSize = 64 * 1024;
    public const int KeySize = 32;
    private const int TagSize = 16, NoncePrefixSize = 8;
    private const byte Version = 1;
    public const int HeaderSize = 4 + 1 + 4 + NoncePrefixSize;

    /// <param name="digest">Fed every plaintext byte as it passes, so no second read is needed for a hash.</param>
    public static async Task EncryptAsync(Stream plaintext, Stream ciphertext, byte[] key, ReadOnlyMemory<byte> context,
        CancellationToken cancellationToken, int chunkSize = DefaultChunkSize, IncrementalHash? digest = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 16);
        var header = new byte[HeaderSize];
        "WBSC"u8.CopyTo(header);
        header[4] = Version;
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(5), chunkSize);
        RandomNumberGenerator.Fill(header.AsSpan(9, NoncePrefixSize));
        await ciphertext.WriteAsync(header, cancellationToken);

        using var aes = new AesGcm(key, TagSize);
        var input = new byte[chunkSize];
        var output = new byte[chunkSize + TagSize];
        for (uint counter = 0; ; counter = checked(counter + 1))
        {
            var read = await plaintext.ReadAtLeastAsync(input, chunkSize, throwOnEndOfStream: false, cancellationToken);
            var last = read < chunkSize;
            digest?.AppendData(input.AsSpan(0, read));
            Seal(aes, header, context.Span, counter, last, input.AsSpan(0, read), output.AsSpan(0, read + TagSize));
            await ciphertext.WriteAsync(output.AsMemory(0, read + TagSize), cancellationToken);
            if (last)
            {
                return;
            }
        }
    }

    /// <param name="digest">Fed every plaintext byte as it comes out.</param>
    /// <exception cref="CryptographicException">The stream was altered, truncated, extended or sealed under another key or context.</exception>
    public static async Task DecryptAsync(Stream ciphertext, Stream plaintext, byte[] key, ReadOnlyMemory<byte> context,
        CancellationToken cancellationToken, IncrementalHash? digest = null)
    {
        var header = new byte[HeaderSize];
        if (await ciphertext.ReadAtLeastAsync(header, HeaderSize, throwOnEndOfStream: false, cancellationToken) != HeaderSize
            || !header.AsSpan(0, 4).SequenceEqual("WBSC"u8) || header[4] != Version)
        {
            throw new CryptographicException("Not a sealed evidence stream.");
        }
        var chunkSize = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(5));
        if (chunkSize is < 16 or > 16 * 1024 * 1024)
        {
            throw new CryptographicException("Bad chunk size.");
        }

        using var aes = new AesGcm(key, TagSize);
        var input = new byte[chunkSize + TagSize];
        var output = new byte[chunkSize];
        for (uint counter = 0; ; counter = checked(counter + 1))
        {
            var read = await ciphertext.ReadAtLeastAsync(input, input.Length, throwOnEndOfStream: false, cancellationToken);
            if (read < TagSize)
            {
                throw new CryptographicException("The sealed stream is truncated.");
            }
            var last = read < input.Length;
            Open(aes, header, context.Span, counter, last, input.AsSpan(0, read), output.AsSpan(0, read - TagSize));
            digest?.AppendData(output.AsSpan(0, read - TagSize));
            await plaintext.WriteAsync(output.AsMemory(0, read - TagSize), cancellationToken);
            if (last)
            {
                return;
            }
        }
    }

    private static void Seal(AesGcm aes, byte[] header, ReadOnlySpan<byte> context, uint counter, bool last, ReadOnlySpan<byte> plain, Span<byte> sealedChunk)
    {
        Span<byte> nonce = stackalloc byte[12];
        var aad = AssociatedData(header, context, last);
        Nonce(header, counter, nonce);
        aes.Encrypt(nonce, plain, sealedChunk[..plain.Length], sealedChunk[plain.Length..], aad);
    }

    private static void Open(AesGcm aes, byte[] header, ReadOnlySpan<byte> context, uint counter, bool last, ReadOnlySpan<byte> sealedChunk, Span<byte> plain)
    {
        Span<byte> nonce = stackalloc byte[12];
        var aad = AssociatedData(header, context, last);
        Nonce(header, counter, nonce);
        aes.Decrypt(nonce, sealedChunk[..plain.Length], sealedChunk[plain.Length..], plain, aad);
    }

    private static void Nonce(byte[] header, uint counter, Span<byte> nonce)
    {
        header.AsSpan(9, NoncePrefixSize).CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[NoncePrefixSize..], counter);
    }

    private static byte[] AssociatedData(byte[] header, ReadOnlySpan<byte> context, bool last)
    {
        var aad = new byte[header.Length + context.Length + 1];
        header.CopyTo(aad, 0);
        context.CopyTo(aad.AsSpan(header.Length));
        aad[^1] = last ? (byte)1 : (byte)0;
        return aad;
    }
}
