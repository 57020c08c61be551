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
        await using var sealing = new SealingStream(ciphertext, key, context, chunkSize, digest);
        await plaintext.CopyToAsync(sealing, chunkSize, cancellationToken);
        await sealing.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// The writing side of <see cref="EncryptAsync"/>: seals what is written to it into <c>ciphertext</c> chunk by
    /// chunk, so a producer (a cleaner) can write straight into the store. <see cref="CompleteAsync"/> seals the
    /// last chunk; without it the stream is incomplete and will not open. A full chunk is held back until more
    /// comes, since only then is it known not to be the last.
    /// </summary>
    public sealed class SealingStream : Stream
    {
        private readonly Stream _ciphertext;
        private readonly AesGcm _aes;
        private readonly byte[] _header = new byte[HeaderSize];
        private readonly byte[] _context;
        private readonly IncrementalHash? _digest;
        private readonly byte[] _chunk;
        private readonly byte[] _output;
        private int _filled;
        private uint _counter;
        private bool _completed;
        private long _length;

        public SealingStream(Stream ciphertext, byte[] key, ReadOnlyMemory<byte> context, int chunkSize = DefaultChunkSize, IncrementalHash? digest = null)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 16);
            _ciphertext = ciphertext;
            _aes = new AesGcm(key, TagSize);
            _context = context.ToArray();
            _digest = digest;
            _chunk = new byte[chunkSize];
            _output = new byte[HeaderSize + chunkSize + TagSize];
            "WBSC"u8.CopyTo(_header);
            _header[4] = Version;
            BinaryPrimitives.WriteInt32BigEndian(_header.AsSpan(5), chunkSize);
            RandomNumberGenerator.Fill(_header.AsSpan(9, NoncePrefixSize));
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => !_completed;

        /// <summary>Plaintext bytes written so far.</summary>
        public override long Length => _length;

        /// <summary>Readable (the plaintext offset reached), not settable: the stream only goes forward.</summary>
        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (buffer.Length > 0)
            {
                if (_filled == _chunk.Length)
                {
                    _ciphertext.Write(_output, 0, SealChunk(last: false));
                }
                buffer = buffer[Fill(buffer)..];
            }
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (buffer.Length > 0)
            {
                if (_filled == _chunk.Length)
                {
                    await _ciphertext.WriteAsync(_output.AsMemory(0, SealChunk(last: false)), cancellationToken);
                }
                buffer = buffer[Fill(buffer.Span)..];
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        /// <summary>Seals what is held as the last chunk (after the held chunk, if it is full) and flushes.</summary>
        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            if (_filled == _chunk.Length)
            {
                await _ciphertext.WriteAsync(_output.AsMemory(0, SealChunk(last: false)), cancellationToken);
            }
            await _ciphertext.WriteAsync(_output.AsMemory(0, SealChunk(last: true)), cancellationToken);
            _completed = true;
            await _ciphertext.FlushAsync(cancellationToken);
        }

        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        private int Fill(ReadOnlySpan<byte> data)
        {
            ObjectDisposedException.ThrowIf(_completed, this);
            var n = Math.Min(data.Length, _chunk.Length - _filled);
            data[..n].CopyTo(_chunk.AsSpan(_filled));
            _filled += n;
            _length += n;
            return n;
        }

        /// <summary>Seals the held bytes into <c>_output</c> (after the stream header, before the first chunk) and returns how many bytes to write.</summary>
        private int SealChunk(bool last)
        {
            var start = 0;
            if (_counter == 0)
            {
                _header.CopyTo(_output, 0);
                start = HeaderSize;
            }
            var plain = _chunk.AsSpan(0, _filled);
            _digest?.AppendData(plain);
            Seal(_aes, _header, _context, _counter, last, plain, _output.AsSpan(start, _filled + TagSize));
            _counter = checked(_counter + 1);
            var length = start + _filled + TagSize;
            _filled = 0;
            return length;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _aes.Dispose();
                CryptographicOperations.ZeroMemory(_chunk);
            }
            _completed = true;
            base.Dispose(disposing);
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
