using System.Runtime.InteropServices;

namespace Wbs.TestSupport.Infrastructure;

/// <summary>POSIX signals for graceful shutdown of child processes (.NET only offers SIGKILL).</summary>
public static partial class NativeSignals
{
    public const int SigInt = 2;
    public const int SigTerm = 15;
    public const int SigKill = 9;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEuid();

    public static bool IsRoot => OperatingSystem.IsLinux() && GetEuid() == 0;

    public static bool Send(int pid, int signal) => Kill(pid, signal) == 0;
}
