using System.Security.Cryptography;

namespace Wbs.EvidenceStorage.Tests.Unit;

public sealed class ChunkedStreamCipherTests
{
    private static readonly byte[] Context = "wbs-evidence/t/1"u8.ToArray();

    private static async Task<byte[]> EncryptAsync(byte[] plain, byte[] key, int chunkSize = 64)
    {
        using var output = new MemoryStream();
        await ChunkedStreamCipher.EncryptAsync(new MemoryStream(plain), output, key, Context, TestContext.Current.CancellationToken, chunkSize);
        return output.ToArray();
    }

    private static async Task<byte[]> DecryptAsync(byte[] sealedBytes, byte[] key, byte[]? context = null)
    {
        using var output = new MemoryStream();
        await ChunkedStreamCipher.DecryptAsync(new MemoryStream(sealedBytes), output, key, context ?? Context, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(128)]
    [InlineData(1000)]
    public async Task RoundTrip_AnySize_ReturnsPlaintext(int size)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var plain = RandomNumberGenerator.GetBytes(size);
        var sealedBytes = await EncryptAsync(plain, key);
        Assert.Equal(plain, await DecryptAsync(sealedBytes, key));
        Assert.Equal(ChunkedStreamCipher.HeaderSize + (size / 64 + 1) * (16) + size, sealedBytes.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(1000)]
    public async Task SealingStream_WrittenInUnevenPieces_OpensAsTheSameFile_AndHashesIt(int size)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var plain = RandomNumberGenerator.GetBytes(size);
        using var output = new MemoryStream();
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var sealing = new ChunkedStreamCipher.SealingStream(output, key, Context, chunkSize: 64, digest))
        {
            // Pieces smaller than, equal to and larger than a chunk, as a cleaner writes them.
            int[] pieces = [1, 63, 64, 200, 7];
            for (int written = 0, i = 0; written < size; i++)
            {
                var n = Math.Min(pieces[i % pieces.Length], size - written);
                sealing.Write(plain, written, n);
                written += n;
            }
            Assert.Equal(size, sealing.Length);
            await sealing.CompleteAsync(TestContext.Current.CancellationToken);
        }
        var sealedBytes = output.ToArray();

        Assert.Equal(plain, await DecryptAsync(sealedBytes, key));
        Assert.Equal(ChunkedStreamCipher.HeaderSize + (size / 64 + 1) * 16 + size, sealedBytes.Length);
        Assert.Equal(SHA256.HashData(plain), digest.GetHashAndReset());
    }

    [Fact]
    public async Task SealingStream_NotCompleted_DoesNotOpen()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        using var output = new MemoryStream();
        await using (var sealing = new ChunkedStreamCipher.SealingStream(output, key, Context, chunkSize: 64))
        {
            sealing.Write(RandomNumberGenerator.GetBytes(300));
        }
        await Assert.ThrowsAsync<CryptographicException>(() => DecryptAsync(output.ToArray(), key));
    }

    [Fact]
    public async Task RoundTrip_DefaultChunkSize_LargeStream()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var plain = RandomNumberGenerator.GetBytes(3 * ChunkedStreamCipher.DefaultChunkSize + 17);
        using var sealedStream = new MemoryStream();
        await ChunkedStreamCipher.EncryptAsync(new MemoryStream(plain), sealedStream, key, Context, TestContext.Current.CancellationToken);
        Assert.Equal(plain, await DecryptAsync(sealedStream.ToArray(), key));
    }

    [Fact]
    public async Task Encrypt_SamePlaintextTwice_DiffersAndHidesPlaintext()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var plain = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("RAHASIA ", 50)));
        var first = await EncryptAsync(plain, key);
        var second = await EncryptAsync(plain, key);
        Assert.NotEqual(first, second);
        Assert.False(SampleFiles.Contains(first, "RAHASIA"));
    }

    [Fact]
    public async Task Decrypt_FlippedByte_Throws()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var sealedBytes = await EncryptAsync(RandomNumberGenerator.GetBytes(300), key);
        for (var i = 0; i < sealedBytes.Length; i += 37)
        {
            var tampered = (byte[])sealedBytes.Clone();
            tampered[i] ^= 0x01;
            await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(tampered, key));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(80)]
    [InlineData(81)]
    public async Task Decrypt_Truncated_Throws(int cut)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        // 64-byte chunks: 4 full chunks (80 bytes sealed each) and a short last one.
        var sealedBytes = await EncryptAsync(RandomNumberGenerator.GetBytes(4 * 64 + 10), key);
        var truncated = sealedBytes[..^cut];
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(truncated, key));
    }

    [Fact]
    public async Task Decrypt_TruncatedAtChunkBoundary_Throws()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var sealedBytes = await EncryptAsync(RandomNumberGenerator.GetBytes(4 * 64), key);
        var boundary = ChunkedStreamCipher.HeaderSize + 2 * (64 + 16);
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(sealedBytes[..boundary], key));
    }

    [Fact]
    public async Task Decrypt_ExtendedOrReordered_Throws()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var sealedBytes = await EncryptAsync(RandomNumberGenerator.GetBytes(3 * 64), key);
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync([.. sealedBytes, 0], key));

        var h = ChunkedStreamCipher.HeaderSize;
        var swapped = (byte[])sealedBytes.Clone();
        sealedBytes.AsSpan(h, 80).CopyTo(swapped.AsSpan(h + 80));
        sealedBytes.AsSpan(h + 80, 80).CopyTo(swapped.AsSpan(h));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(swapped, key));
    }

    [Fact]
    public async Task Decrypt_WrongKeyOrContext_Throws()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var sealedBytes = await EncryptAsync(RandomNumberGenerator.GetBytes(100), key);
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(sealedBytes, RandomNumberGenerator.GetBytes(32)));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(sealedBytes, key, "wbs-evidence/t/2"u8.ToArray()));
    }
}
