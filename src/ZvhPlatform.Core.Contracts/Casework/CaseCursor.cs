using System.Globalization;

namespace ZvhPlatform.Core.Contracts.Casework;

/// <summary>
/// Where the next page of a case list starts (keyset paging): after the case with this opening date and kenmerk, the order
/// of every case list (newest first). In an address it is written <c>yyyy-MM-dd_kenmerk</c>.
/// </summary>
/// <param name="GeopendOp">The last shown case's opening date.</param>
/// <param name="Kenmerk">The last shown case's kenmerk.</param>
public sealed record CaseCursor(DateOnly GeopendOp, string Kenmerk)
{
    /// <summary>The cursor in an address, or null for one that does not parse (the list then starts at its first page).</summary>
    public static CaseCursor? Parse(string? na) =>
        na is { Length: > 0 } && na.Split('_', 2) is [var d, var k] && k.Length is > 0 and <= 20
        && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new CaseCursor(date, k)
            : null;

    /// <summary>The cursor as it goes into an address.</summary>
    public override string ToString() => $"{GeopendOp.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}_{Kenmerk}";
}
