using ZvhPlatform.Web.Hosting;

return await ZvhHost.RunAsync(args);

/// <summary>Entry point; public so integration tests can compose the host.</summary>
public partial class Program
{
    /// <summary>Not constructed.</summary>
    protected Program()
    {
    }
}
