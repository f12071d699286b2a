namespace ZvhPlatform.Kernel.Modules;

/// <summary>Thrown at start-up when the composed modules do not fit together.</summary>
public sealed class ModuleCompositionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModuleCompositionException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModuleCompositionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModuleCompositionException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
