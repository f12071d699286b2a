namespace ZvhPlatform.Kernel;

/// <summary>The version of the module SDK an assembly was built with.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class KernelVersionAttribute(string version) : Attribute
{
    /// <summary>Semantic version of the kernel.</summary>
    public string Version { get; } = version;

    /// <summary>The version of the kernel running in this process.</summary>
    public static Version Current { get; } = System.Version.Parse(
        typeof(KernelVersionAttribute).Assembly.GetCustomAttributes(typeof(KernelVersionAttribute), false)
            .OfType<KernelVersionAttribute>().Single().Version);
}
