namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// The first 64 bytes of an upload as they stream in, enough for <see cref="FileTypeDetector.MayBeMedia"/>:
/// until they show the file cannot be video or audio, the larger (media) limit applies.
/// </summary>
public sealed class UploadHead
{
    private readonly byte[] _head = new byte[64];
    private int _length;

    /// <summary>Takes the next bytes of the upload.</summary>
    /// <returns>False once, when the head has just filled and the file cannot be media; true otherwise.</returns>
    public bool Add(ReadOnlySpan<byte> data)
    {
        if (_length == _head.Length)
        {
            return true;
        }
        var n = Math.Min(data.Length, _head.Length - _length);
        data[..n].CopyTo(_head.AsSpan(_length));
        _length += n;
        return _length < _head.Length || FileTypeDetector.MayBeMedia(_head);
    }
}
