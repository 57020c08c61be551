namespace Wbs.EvidenceStorage.Model;

internal static class StreamCopy
{
    /// <summary>Copies exactly <paramref name="count"/> bytes, or fails as a damaged file.</summary>
    public static void Copy(Stream input, Stream output, long count)
    {
        var buffer = new byte[(int)Math.Min(count, 81920)];
        while (count > 0)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(count, buffer.Length));
            if (read == 0)
            {
                throw new InvalidEvidenceException("The file ends early.");
            }
            output.Write(buffer, 0, read);
            count -= read;
        }
    }

    public static void Skip(Stream input, long count) => Copy(input, Stream.Null, count);
}
