namespace Wbs.AppHost.Resources;

/// <summary>Marks a resource that the <see cref="RestartSupervisor"/> brings back after it dies.</summary>
public sealed class RestartPolicyAnnotation : IResourceAnnotation;
