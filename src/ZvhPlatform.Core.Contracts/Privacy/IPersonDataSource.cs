namespace ZvhPlatform.Core.Contracts.Privacy;

/// <summary>
/// Something that holds data about a person: the core's register and access log, and every module.
/// The data subject requests desk asks all of them for a complete overview (inzage). Register an
/// implementation with <c>services.AddScoped&lt;IPersonDataSource, ...&gt;()</c>; it is called inside
/// the region of the request.
/// </summary>
public interface IPersonDataSource
{
    /// <summary>The module id, or "core" for the core's own sources.</summary>
    string ModuleId { get; }

    /// <summary>How the source is named in the overview (Dutch).</summary>
    string DisplayName { get; }

    /// <summary>Everything this source holds about the person in the current region; empty when nothing.</summary>
    Task<IReadOnlyList<PersonDataSection>> ExportAsync(Guid personId, CancellationToken cancellationToken);
}

/// <summary>A titled part of the overview.</summary>
/// <param name="Title">Dutch heading, e.g. "Persoonsgegevens".</param>
/// <param name="Rows">Label/value rows, in display order.</param>
public sealed record PersonDataSection(string Title, IReadOnlyList<PersonDataRow> Rows);

/// <summary>One line of the overview.</summary>
/// <param name="Label">What the value is (Dutch).</param>
/// <param name="Value">The value as shown to the data subject.</param>
public sealed record PersonDataRow(string Label, string Value);
