using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using Wbs.TestSupport.Infrastructure;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>
/// EvidenceStorage runs as its own process (its built dll under <c>dotnet</c>, configured through the
/// environment, on a real PostgreSQL and RabbitMQ, its temporary folder inside its data folder) and
/// is killed with SIGKILL while an upload streams in: a marker inside the file is found neither in
/// the scratch file or partial blob it held open before it died nor in any file it left behind.
/// </summary>
public sealed class KilledUploadTests(InfrastructureFixture infra)
{
    private const string Marker = "PenandaTerbunuh-8K3V";

    /// <summary>A document is spooled to a sealed scratch file; a video is sealed straight into the blob store as it arrives.</summary>
    [Theory]
    [InlineData("catatan.txt", "text/plain")]
    [InlineData("rekaman.mp4", "video/mp4")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task ServiceKilledMidUpload_LeavesTheMarkerInNoFileOnDisk(string fileName, string contentType)
    {
        var ct = TestContext.Current.CancellationToken;
        var root = EvidenceHost.NewRoot();
        await using var caseManagement = await CaseManagementPeer.StartAsync();
        var settings = await EvidenceHost.SettingsAsync(infra, root, caseManagement);
        var scratch = settings["Evidence:TempPath"]!;
        var port = PortAllocator.GetFreePort();
        var output = new ConcurrentQueue<string>();
        using var service = Start(root, settings, port, output);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await Eventually.TrueAsync(async () => !service.HasExited && await IsHealthyAsync(http, ct), TimeSpan.FromSeconds(90),
                $"the service to answer /health; its output: {string.Join('\n', output.TakeLast(20))}");

            const string boundary = "batas-unggah";
            var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat($"Bukti: {Marker}\n", 100_000)));
            var evidence = contentType == "video/mp4" ? SampleMedia.Mp4(text) : text;
            var head = Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\n"
                + $"Content-Type: {contentType}\r\n\r\n");
            var total = head.Length + evidence.Length + $"\r\n--{boundary}--\r\n".Length;
            using var tcp = new TcpClient();
            await tcp.ConnectAsync("127.0.0.1", port, ct);
            await using var stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /api/{EvidenceHost.OtherTenant}/evidence HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                + $"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {total}\r\n\r\n"), ct);
            await stream.WriteAsync(head, ct);
            await stream.WriteAsync(evidence.AsMemory(0, evidence.Length / 2), ct);
            await stream.FlushAsync(ct);

            // Much of the first half has reached the service's (unlinked) scratch file or its partial blob: it is sealed there.
            await Eventually.TrueAsync(() => Task.FromResult(OpenFiles.Under(root, service.Id).Any(f => OpenFiles.Length(f.Descriptor) >= evidence.Length / 4)),
                TimeSpan.FromSeconds(60), "the first half to be written");
            var open = OpenFiles.Under(root, service.Id);
            Assert.NotEmpty(open);
            foreach (var (descriptor, target) in open)
            {
                Assert.False(SampleFiles.Contains(File.ReadAllBytes(descriptor), Marker), $"open file {target} holds the marker in plaintext");
            }

            service.Kill();
            await service.WaitForExitAsync(ct);

            Assert.Empty(Directory.GetFiles(scratch, "*", SearchOption.AllDirectories));
            var left = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
            Assert.NotEmpty(left);
            foreach (var file in left)
            {
                Assert.False(SampleFiles.Contains(File.ReadAllBytes(file), Marker), $"{file} holds the marker after the kill");
            }
        }
        finally
        {
            if (!service.HasExited)
            {
                service.Kill();
                await service.WaitForExitAsync(CancellationToken.None);
            }
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The service's own dll, built beside the tests, under <c>dotnet</c>; Process.Kill sends SIGKILL.</summary>
    private static Process Start(string root, Dictionary<string, string?> settings, int port, ConcurrentQueue<string> output)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Wbs.EvidenceStorage.dll");
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")), $"{dll} is not built as a runnable service beside the tests");
        var temp = Path.Combine(root, "tmp");
        Directory.CreateDirectory(temp);
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["TMPDIR"] = temp;
        // No diagnostics socket in the temporary folder: every file left there must be a file to read.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        var process = Process.Start(start)!;
        void Keep(string? line)
        {
            if (line is not null)
            {
                output.Enqueue(line);
                while (output.Count > 200 && output.TryDequeue(out _))
                {
                }
            }
        }
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> IsHealthyAsync(HttpClient http, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync("/health", ct);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
