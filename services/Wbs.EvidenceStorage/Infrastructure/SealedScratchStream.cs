using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// A seekable read/write temporary file whose bytes on disk are AES-256-CTR under a key created for
/// this file alone and held only in memory: after a crash (or <c>kill -9</c>) whatever is left on
/// disk cannot be read by anyone, because the key died with the process. The cleaners need random
/// access (ZIP central directories, in-place PDF patches), which the authenticated chunk format of
/// stored blobs does not give; integrity is not needed here, since anyone able to alter this 0700
/// folder could read the process memory anyway. Keystream reuse on overwrite leaks nothing to an
/// observer of the final disk state, the one this guards against.
/// </summary>
internal sealed class SealedScratchStream : Stream
{
    private const int Block = 16;
    private readonly SafeFileHandle _file;
    private readonly Aes _aes;
    private readonly byte[] _nonce = RandomNumberGenerator.GetBytes(8);
    private byte[] _counters = new byte[64 * 1024 + 2 * Block];
    private byte[] _keystream = new byte[64 * 1024 + 2 * Block];
    private byte[] _sealed = new byte[64 * 1024];
    private long _position;
    private long _length;

    public SealedScratchStream(SafeFileHandle file)
    {
        _file = file;
        _aes = Aes.Create();
        var key = RandomNumberGenerator.GetBytes(32);
        _aes.Key = key;
        CryptographicOperations.ZeroMemory(key);
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, Math.Max(0, _length - _position));
        if (wanted == 0)
        {
            return 0;
        }
        var read = RandomAccess.Read(_file, buffer[..wanted], _position);
        Apply(buffer[..read], _position);
        _position += read;
        return read;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var n = Math.Min(buffer.Length, _sealed.Length);
            var chunk = _sealed.AsSpan(0, n);
            buffer[..n].CopyTo(chunk);
            Apply(chunk, _position);
            RandomAccess.Write(_file, chunk, _position);
            _position += n;
            _length = Math.Max(_length, _position);
            buffer = buffer[n..];
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <exception cref="IOException">The target lies before the beginning, as <see cref="FileStream"/> answers: readers of
    /// untrusted files (ZIP's search for its end record in a file shorter than that record) take it for a damaged file.</exception>
    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => _length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position = target >= 0 ? target : throw new IOException("An attempt was made to move the position before the beginning of the stream.");
    }

    public override void SetLength(long value)
    {
        RandomAccess.SetLength(_file, value);
        _length = value;
    }

    public override void Flush() { }

    /// <summary>XORs <paramref name="data"/> with the keystream for file offsets starting at <paramref name="position"/>.</summary>
    private void Apply(Span<byte> data, long position)
    {
        while (data.Length > 0)
        {
            var skip = (int)(position % Block);
            var n = Math.Min(data.Length, _keystream.Length - 2 * Block);
            var blocks = (skip + n + Block - 1) / Block;
            var first = position / Block;
            // Each block is nonce || big-endian block number, written as two words: 1 GiB written and read back took
            // 1.13 CPU-s with the per-block span copies, 0.86 with this (a plain file: 0.53).
            var words = MemoryMarshal.Cast<byte, ulong>(_counters.AsSpan(0, blocks * Block));
            var nonce = MemoryMarshal.Read<ulong>(_nonce);
            for (var i = 0; i < blocks; i++)
            {
                var number = (ulong)(first + i);
                words[2 * i] = nonce;
                words[2 * i + 1] = BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(number) : number;
            }
            _aes.EncryptEcb(_counters.AsSpan(0, blocks * Block), _keystream.AsSpan(0, blocks * Block), PaddingMode.None);
            Xor(data[..n], _keystream.AsSpan(skip, n));
            data = data[n..];
            position += n;
        }
    }

    /// <summary>A vector at a time rather than byte by byte: a 1 GiB video passes here four times.</summary>
    private static void Xor(Span<byte> data, ReadOnlySpan<byte> keystream)
    {
        var i = 0;
        for (; i <= data.Length - Vector<byte>.Count; i += Vector<byte>.Count)
        {
            (new Vector<byte>(data[i..]) ^ new Vector<byte>(keystream[i..])).CopyTo(data[i..]);
        }
        for (; i < data.Length; i++)
        {
            data[i] ^= keystream[i];
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aes.Dispose();
            _file.Dispose();
            CryptographicOperations.ZeroMemory(_keystream);
            _counters = _keystream = _sealed = [];
        }
        base.Dispose(disposing);
    }
}
