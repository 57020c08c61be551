using System.Text.Json;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>
/// Each tenant's chain head in a file of its own under <c>Audit:CheckpointPath</c> (mode 600), written
/// after every commit that appended to the chain and never moved backwards. Rows cut from the end of
/// the table leave the database's head behind the checkpoint, which <c>/audit/verify</c> reports.
/// </summary>
public sealed class AuditCheckpoints
{
    private readonly string _directory;
    private readonly Lock _gate = new();

    public AuditCheckpoints(IOptions<AuditOptions> options)
    {
        _directory = Path.GetFullPath(options.Value.CheckpointPath!);
        Directory.CreateDirectory(_directory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public AuditHead? Read(string tenant)
    {
        var path = PathOf(tenant);
        return File.Exists(path) ? JsonSerializer.Deserialize<AuditHead>(File.ReadAllText(path)) : null;
    }

    /// <summary>Records <paramref name="head"/> unless a later one is recorded already.</summary>
    public void Advance(string tenant, AuditHead head)
    {
        lock (_gate)
        {
            if (Read(tenant) is { } current && current.Sequence >= head.Sequence)
            {
                return;
            }
            var path = PathOf(tenant);
            var temp = path + ".tmp";
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var stream = new FileStream(temp, options))
            {
                JsonSerializer.Serialize(stream, head);
            }
            File.Move(temp, path, overwrite: true);
        }
    }

    private string PathOf(string tenant) => tenant.Length > 0 && tenant.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        ? Path.Combine(_directory, $"{tenant}.json")
        : throw new ArgumentException("Not a tenant slug.", nameof(tenant));
}
