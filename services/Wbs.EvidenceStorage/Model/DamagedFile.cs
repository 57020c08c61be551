using System.Text.RegularExpressions;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// How a truncated or malformed file trips a reader somewhere other than its own checks (the framework's ZIP reader
/// among them): the file's fault, so the detector and the cleaners answer it as a damaged file, never as a server error.
/// </summary>
internal static class DamagedFile
{
    public static bool Tripped(Exception ex) =>
        ex is EndOfStreamException or InvalidDataException or RegexMatchTimeoutException or ArgumentOutOfRangeException
            or OverflowException or FormatException;
}
