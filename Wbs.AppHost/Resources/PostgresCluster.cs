using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Wbs.AppHost.Resources;

/// <summary>
/// The cluster folder of the executable PostgreSQL: initdb on first start, owned by the
/// <c>postgres</c> user when the AppHost runs as root (PostgreSQL refuses to run as root). When that
/// user cannot reach the requested folder (a checkout under /root, say), the cluster lives under
/// /var/lib/wbs and a LOCATION.txt says where.
/// </summary>
public sealed class PostgresCluster(string requestedDirectory)
{
    public const string ServiceUser = "postgres";

    public string Directory { get; } = Resolve(Path.GetFullPath(requestedDirectory));
    public string DataDirectory => Path.Combine(Directory, "pgdata");
    public string SocketDirectory => Path.Combine(Directory, "run");

    public static bool IsRoot => Environment.UserName == "root";

    public static string Binary(string name)
    {
        var versions = System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        return versions.Select(d => Path.Combine(d, "bin", name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"PostgreSQL's {name} was not found: apt-get install -y postgresql");
    }

    /// <summary>The command line that runs <paramref name="file"/> as the service user (setpriv execs in place, so signals reach it).</summary>
    public static (string Command, List<string> Args) AsServiceUser(string file, IEnumerable<string> args) =>
        IsRoot
            ? ("/usr/bin/setpriv", ["--reuid", ServiceUser, "--regid", ServiceUser, "--init-groups", "--", file, .. args])
            : (file, [.. args]);

    /// <summary>Creates the cluster with the given superuser password unless it exists.</summary>
    public void Initialize(string password)
    {
        System.IO.Directory.CreateDirectory(Directory);
        System.IO.Directory.CreateDirectory(SocketDirectory);
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            ChownForService(SocketDirectory);
            return;
        }
        var passwordFile = Path.Combine(Directory, ".pwfile");
        File.WriteAllText(passwordFile, password);
        try
        {
            ChownForService(Directory);
            var (command, args) = AsServiceUser(Binary("initdb"), ["-D", DataDirectory, "-U", LocalPostgresResource.UserName,
                "--pwfile", passwordFile, "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C", "--no-instructions"]);
            var (code, output) = Run(command, args);
            if (code != 0)
            {
                throw new InvalidOperationException($"initdb failed with exit code {code}: {output}");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private static string Resolve(string full)
    {
        if (!IsRoot)
        {
            return full;
        }
        System.IO.Directory.CreateDirectory(full);
        var parent = Path.GetDirectoryName(full) ?? "/";
        if (Run("/usr/bin/setpriv", ["--reuid", ServiceUser, "--regid", ServiceUser, "--init-groups", "test", "-x", parent]).Code == 0)
        {
            return full;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12];
        var fallback = Path.Combine("/var/lib/wbs", $"postgres-{hash}");
        System.IO.Directory.CreateDirectory(fallback);
        File.WriteAllText(Path.Combine(full, "LOCATION.txt"), $"PostgreSQL data for this folder is kept in {fallback}\n");
        return fallback;
    }

    private static void ChownForService(string path)
    {
        if (IsRoot)
        {
            Run("chown", ["-R", $"{ServiceUser}:{ServiceUser}", path]);
            Run("chmod", ["700", path]);
        }
    }

    private static (int Code, string Output) Run(string file, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
