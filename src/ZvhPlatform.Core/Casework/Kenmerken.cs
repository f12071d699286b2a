using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ZvhPlatform.Core.Casework;

/// <summary>Human-readable references such as "2026-0042" and "A2026-0042", numbered per region and year.</summary>
internal static class Kenmerken
{
    /// <summary>
    /// The next reference after the highest one with the prefix. Counting the rows instead would hand out an existing
    /// reference again once the retention job deleted a case of that year. Two saves at the same moment can still pick
    /// the same number; the unique index refuses the second, which is answered with 409 and nothing saved.
    /// </summary>
    public static async Task<string> NextAsync(IQueryable<string> existing, string prefix, CancellationToken cancellationToken) =>
        prefix + (await HighestNumberAsync(existing, prefix, cancellationToken) + 1).ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>The number of the highest reference with the prefix (0 when there is none), for numbering a batch.</summary>
    public static async Task<int> HighestNumberAsync(IQueryable<string> existing, string prefix, CancellationToken cancellationToken)
    {
        var last = await existing.Where(k => k.StartsWith(prefix)).OrderByDescending(k => k.Length).ThenByDescending(k => k)
            .FirstOrDefaultAsync(cancellationToken);
        return last is not null && int.TryParse(last.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}
