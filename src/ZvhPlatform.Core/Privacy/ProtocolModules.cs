using ZvhPlatform.Kernel.Modules;

namespace ZvhPlatform.Core.Privacy;

/// <summary>
/// The modules a protocol can name: the national aanpakken (the protocol is written before a module is
/// installed or contracted) plus whatever this host composes.
/// </summary>
internal static class ProtocolModules
{
    private static readonly (string Id, string Name)[] Aanpakken =
    [
        ("coveca", "Complexe casuïstiek (CoVeCa)"),
        ("levensloop", "Levensloopaanpak"),
        ("mda", "MDA++"),
        ("cter", "Radicalisering (CTER)"),
        ("mensenhandel", "Mensenhandel"),
        ("nazorg", "Nazorg ex-gedetineerden"),
        ("stalking", "Stalking"),
        ("pgatafel", "PGA-tafel"),
    ];

    public static IReadOnlyList<(string Id, string Name)> All(ModuleCatalog catalog) =>
        Aanpakken.Concat(catalog.Modules.Select(m => (m.Manifest.Id, m.Manifest.DisplayName)))
            .DistinctBy(m => m.Id).ToList();

    public static string NameOf(ModuleCatalog catalog, string moduleId) =>
        All(catalog).FirstOrDefault(m => m.Id == moduleId).Name ?? moduleId;
}
