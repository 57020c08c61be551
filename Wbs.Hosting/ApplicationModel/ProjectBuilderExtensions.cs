namespace Wbs.Hosting.ApplicationModel;

public static class ProjectBuilderExtensions
{
    /// <summary>
    /// A project by its folder relative to the repository root (e.g. <c>services/Wbs.Identity</c>); the assembly
    /// is the folder's name with <c>.dll</c> under <c>bin/&lt;Configuration&gt;/net10.0</c>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddProject(this DistributedApplicationBuilder builder, string name, string projectPath)
    {
        var directory = Path.GetFullPath(Path.Combine(builder.RepositoryRoot, projectPath));
        var assemblyName = Path.GetFileName(directory.TrimEnd(Path.DirectorySeparatorChar));
        var assembly = Path.Combine(directory, "bin", builder.BuildConfiguration, "net10.0", assemblyName + ".dll");
        return builder.AddResource(new ProjectResource(name, directory, assembly));
    }
}
