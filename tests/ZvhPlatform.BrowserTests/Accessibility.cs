using Microsoft.Playwright;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// Runs axe-core on the page the browser shows and keeps the serious and critical violations.
/// axe is evaluated through the DevTools protocol, so the app's strict CSP stays on in the test.
/// </summary>
public sealed class Accessibility
{
    private static readonly string AxeSource = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js"));
    private readonly List<string> _findings = [];
    private readonly List<string> _checkedPages = [];

    /// <summary>Pages checked so far.</summary>
    public IReadOnlyList<string> CheckedPages => _checkedPages;

    /// <summary>Serious and critical violations, one line per rule and page.</summary>
    public IReadOnlyList<string> Findings => _findings;

    /// <summary>Checks the current page (WCAG 2.1 AA and best-practice rules that axe runs by default).</summary>
    public async Task CheckAsync(IPage page, string description)
    {
        ArgumentNullException.ThrowIfNull(page);
        // The callers wait for the page's own content first; DOMContentLoaded is enough for axe and never waits on
        // a navigation that a slow machine has not started yet.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await page.EvaluateAsync(AxeSource + "\n;undefined;");
        var violations = await page.EvaluateAsync<string[]>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `[${v.impact}] ${v.id}: ${v.help} -> ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        _checkedPages.Add($"{description} ({page.Url})");
        foreach (var v in violations)
        {
            _findings.Add($"{description} ({page.Url}): {v}");
        }
    }
}
