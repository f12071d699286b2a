using Microsoft.Playwright;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// What every browser scenario starts with: the test host served by Kestrel, Debian's chromium, a Dutch browser context with
/// one page, and the axe-core checks of the pages it visits. Disposed in the reverse order.
/// </summary>
internal sealed class BrowserScenario : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;

    private BrowserScenario(BrowserHost host, IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        Host = host;
        _playwright = playwright;
        _browser = browser;
        _context = context;
        Page = page;
    }

    /// <summary>The app under test.</summary>
    public BrowserHost Host { get; }

    /// <summary>The page the scenario works in.</summary>
    public IPage Page { get; }

    /// <summary>The accessibility checks of the pages the scenario chose to check.</summary>
    public Accessibility Axe { get; } = new();

    /// <summary>Starts the host (<paramref name="settings"/> override its configuration) and a browser on it.</summary>
    public static async Task<BrowserScenario> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var host = new BrowserHost(settings);
        IPlaywright? playwright = null;
        IBrowser? browser = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            browser = await BrowserSession.LaunchAsync(playwright);
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "nl-NL" });
            return new BrowserScenario(host, playwright, browser, context, await context.NewPageAsync());
        }
        catch
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright?.Dispose();
            host.Dispose();
            throw;
        }
    }

    /// <summary>Fails the scenario when axe-core found a serious or critical problem on any checked page.</summary>
    public void AssertNoAccessibilityProblems() =>
        Assert.True(Axe.Findings.Count == 0,
            $"Serious or critical accessibility problems (axe-core) on {Axe.CheckedPages.Count} checked pages:" + Environment.NewLine +
            string.Join(Environment.NewLine, Axe.Findings));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
        Host.Dispose();
    }
}
