namespace Wbs.EvidenceStorage.Model;

/// <summary>Finds every occurrence of a few byte patterns in a seekable stream, block by block (never the whole file in memory).</summary>
internal static class PatternScanner
{
    private const int BlockSize = 1024 * 1024;

    /// <returns>(absolute position, pattern) in file order.</returns>
    public static IReadOnlyList<(long Position, byte[] Pattern)> FindAll(Stream file, long origin, IReadOnlyList<byte[]> patterns)
    {
        var overlap = patterns.Max(p => p.Length) - 1;
        var buffer = new byte[BlockSize + overlap];
        var found = new List<(long, byte[])>();
        var bufferStart = origin;
        var filled = 0;
        file.Position = origin;
        while (true)
        {
            var wanted = buffer.Length - filled;
            var read = file.ReadAtLeast(buffer.AsSpan(filled), wanted, throwOnEndOfStream: false);
            filled += read;
            var last = read < wanted;
            // Bytes kept for the next round: a match starting there is found then, never twice.
            var keep = last ? 0 : overlap;
            var limit = filled - keep;
            var span = buffer.AsSpan(0, filled);
            foreach (var pattern in patterns)
            {
                for (var from = 0; from < limit;)
                {
                    var index = span[from..].IndexOf(pattern);
                    if (index < 0 || from + index >= limit)
                    {
                        break;
                    }
                    found.Add((bufferStart + from + index, pattern));
                    from += index + 1;
                }
            }
            if (last)
            {
                break;
            }
            buffer.AsSpan(limit, keep).CopyTo(buffer);
            bufferStart += limit;
            filled = keep;
        }
        return [.. found.OrderBy(f => f.Item1)];
    }

    /// <summary>The first occurrence of <paramref name="pattern"/> from <paramref name="from"/> on, or -1; read block by block.</summary>
    public static long IndexOf(Stream file, long from, ReadOnlySpan<byte> pattern)
    {
        var buffer = new byte[64 * 1024 + pattern.Length];
        for (var at = from; at < file.Length; at += buffer.Length - pattern.Length)
        {
            file.Position = at;
            var read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var index = buffer.AsSpan(0, read).IndexOf(pattern);
            if (index >= 0)
            {
                return at + index;
            }
            if (read < buffer.Length)
            {
                break;
            }
        }
        return -1;
    }
}
