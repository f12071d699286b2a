using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Testing;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// The test host (every composed module, including the fixture module, on a fresh database) served by
/// Kestrel on a free loopback port, so a real browser can reach it.
/// </summary>
public sealed class BrowserHost : ZvhTestHost
{
    /// <summary>Starts the host; <paramref name="settings"/> override configuration (e.g. <c>Jobs:RunServer</c> to run background jobs).</summary>
    public BrowserHost(IDictionary<string, string?>? settings = null)
        : base(settings: settings)
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
                        ?? throw new InvalidOperationException("Kestrel reports no address.");
        BaseUrl = addresses.First().TrimEnd('/');
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }
}
