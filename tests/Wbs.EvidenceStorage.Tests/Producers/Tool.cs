using System.ComponentModel;
using System.Diagnostics;

namespace Wbs.EvidenceStorage.Tests.Producers;

/// <summary>
/// Runs a real producer or reader (LibreOffice, exiftool, ffmpeg, ffprobe, pdfinfo). A missing tool
/// fails the test with the Debian package to install: these tests never skip quietly.
/// </summary>
public static class Tool
{
    private static readonly Dictionary<string, string> Packages = new()
    {
        ["soffice"] = "libreoffice-writer libreoffice-calc libreoffice-impress",
        ["exiftool"] = "libimage-exiftool-perl",
        ["ffmpeg"] = "ffmpeg",
        ["ffprobe"] = "ffmpeg",
        ["pdfinfo"] = "poppler-utils",
        ["pdfimages"] = "poppler-utils",
        ["qpdf"] = "qpdf",
        ["img2pdf"] = "img2pdf",
        ["gs"] = "ghostscript",
        ["mutool"] = "mupdf-tools",
        [PdfProducers.Python] = "python3-reportlab",
    };

    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // LibreOffice keeps a profile; a private one per folder keeps parallel test classes apart.
        start.Environment["HOME"] = workingDirectory;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"The producer '{tool}' is not installed; install it: apt-get install -y --no-install-recommends {Packages.GetValueOrDefault(tool, tool)}", ex);
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output + await error);
        }
    }

    /// <summary>Runs and fails loudly on a non-zero exit.</summary>
    public static async Task<string> RunOkAsync(string tool, string workingDirectory, params string[] arguments)
    {
        var (exitCode, output) = await RunAsync(tool, workingDirectory, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {exitCode}: {output}");
        }
        return output;
    }
}
