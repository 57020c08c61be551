using Wbs.Hosting.ApplicationModel;

namespace Wbs.AppHost.Extensions;

public static class ProjectExtensions
{
    /// <summary>The key files (not the keys) go to the service; SecurityOptions reads them.</summary>
    public static IResourceBuilder<ProjectResource> WithSecurityKeys(this IResourceBuilder<ProjectResource> project, WbsSecrets secrets) =>
        project
            .WithEnvironment("Security__KeyEncryptionKeyFile", secrets.KeyEncryptionKeyFile)
            .WithEnvironment("Security__CodeDigestKeyFile", secrets.CodeDigestKeyFile);

    /// <summary>A folder under the data directory, created if missing.</summary>
    public static string DataFolder(this Wbs.Hosting.DistributedApplicationBuilder builder, string name) =>
        Directory.CreateDirectory(Path.Combine(builder.DataDirectory, name)).FullName;
}
