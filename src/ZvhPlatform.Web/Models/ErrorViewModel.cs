namespace ZvhPlatform.Web.Models;

/// <summary>What an error page shows: a status, a Dutch title and messages, nothing internal.</summary>
public sealed record ErrorViewModel(int StatusCode, string Title, IReadOnlyList<string> Messages);
