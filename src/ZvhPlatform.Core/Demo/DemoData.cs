using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Kernel.Modules;

namespace ZvhPlatform.Core.Demo;

/// <summary>The demo regions, modelled on the seeds (ZVHRU, zvhd, De Markiezaten).</summary>
internal static class DemoData
{
    internal sealed record DemoGemeente(string Code, string Name, string? District);

    internal sealed record DemoContract(string ModuleId, ModuleKind Kind, DateOnly From, DateOnly? To, string[] Gemeenten, string Note);

    internal sealed record DemoRegion(string Key, string Name, string Contactpunt, DemoGemeente[] Gemeenten, DemoContract[] Contracts);

    internal sealed record DemoUser(string Email, string DisplayName, string Organisation, (string RegionKey, string Role)[] Roles);

    private static readonly DateOnly Start = new(2020, 1, 1);

    public static IReadOnlyList<DemoRegion> Regions { get; } =
    [
        new("utrecht", "ZVH Regio Utrecht", "contactpunt@zvh-utrecht.demo",
        [
            new("GM0307", "Amersfoort", "Oost"), new("GM0308", "Baarn", "Oost"), new("GM0310", "De Bilt", "Oost"),
            new("GM0312", "Bunnik", "Oost"), new("GM0313", "Bunschoten", "Oost"), new("GM0317", "Eemnes", "Oost"),
            new("GM0327", "Leusden", "Oost"), new("GM0339", "Renswoude", "Oost"), new("GM0340", "Rhenen", "Oost"),
            new("GM0342", "Soest", "Oost"), new("GM0345", "Veenendaal", "Oost"), new("GM0351", "Woudenberg", "Oost"),
            new("GM0352", "Wijk bij Duurstede", "Oost"), new("GM0355", "Zeist", "Oost"), new("GM1581", "Utrechtse Heuvelrug", "Oost"),
            new("GM0344", "Utrecht", "Stad"),
            new("GM0321", "Houten", "West"), new("GM0331", "Lopik", "West"), new("GM0335", "Montfoort", "West"),
            new("GM0353", "IJsselstein", "West"), new("GM0356", "Nieuwegein", "West"), new("GM0589", "Oudewater", "West"),
            new("GM0632", "Woerden", "West"), new("GM0736", "De Ronde Venen", "West"), new("GM1904", "Stichtse Vecht", "West"),
            new("GM1961", "Vijfheerenlanden", "West"),
        ],
        [
            new("coveca", ModuleKind.Basistaak, Start, null, [], "Basistaak: Top X in de districten West, Stad en Oost."),
            new("levensloop", ModuleKind.Basistaak, Start, null, [], "Levensloopaanpak (inclusiestop sinds december 2021)."),
            new("mda", ModuleKind.Basistaak, Start, null, [], "MDA++."),
            new("cter", ModuleKind.Basistaak, Start, null, [], "Radicalisering."),
        ]),
        new("drenthe", "Zorg- en Veiligheidshuis Drenthe", "contactpunt@zvhd.demo",
        [
            new("GM1680", "Aa en Hunze", null), new("GM0106", "Assen", null), new("GM1681", "Borger-Odoorn", null),
            new("GM0109", "Coevorden", null), new("GM1690", "De Wolden", null), new("GM0114", "Emmen", null),
            new("GM0118", "Hoogeveen", null), new("GM0119", "Meppel", null), new("GM1731", "Midden-Drenthe", null),
            new("GM1699", "Noordenveld", null), new("GM1730", "Tynaarlo", null), new("GM1701", "Westerveld", null),
        ],
        [
            new("coveca", ModuleKind.Basistaak, Start, null, [], "Basistaak complexe casuïstiek."),
            new("nazorg", ModuleKind.Plustaak, Start, null, ["GM1680", "GM1730", "GM1690", "GM0118", "GM1731"],
                "Plustaak Nazorg ex-gedetineerden."),
            new("nazorg", ModuleKind.Plustaak, new DateOnly(2023, 1, 1), null, ["GM0119"], "Meppel neemt Nazorg af vanaf 2023."),
            new("pgatafel", ModuleKind.Plustaak, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), ["GM1681", "GM0109", "GM0114"],
                "PGA-tafel in 2023; in 2024 niet meer afgenomen."),
        ]),
        new("markiezaten", "ZVH De Markiezaten", "contactpunt@markiezaten.demo",
        [
            new("GM0748", "Bergen op Zoom", null), new("GM1655", "Halderberge", null), new("GM1709", "Moerdijk", null),
            new("GM1674", "Roosendaal", null), new("GM0840", "Rucphen", null), new("GM0851", "Steenbergen", null),
            new("GM0873", "Woensdrecht", null), new("GM0879", "Zundert", null),
        ],
        [
            new("coveca", ModuleKind.Basistaak, Start, null, [], "Basistaak."),
            new("nazorg", ModuleKind.Plustaak, Start, null, [], "REG (re-integratie ex-gedetineerden)."),
            new("levensloop", ModuleKind.Plustaak, Start, null, [], "Levensloop als extra taak."),
            new("mensenhandel", ModuleKind.Plustaak, Start, null, [], "Zorgcoördinatie mensenhandel."),
            new("cter", ModuleKind.Plustaak, Start, null, [], "CTER als extra taak."),
        ]),
    ];

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("beheer.utrecht@demo.zvh.nl", "Fenna Beheer", "ZVH Regio Utrecht", [("utrecht", ZvhRoles.FunctioneelBeheerder)]),
        new("regisseur.utrecht@demo.zvh.nl", "Pieter Regie", "ZVH Regio Utrecht", [("utrecht", ZvhRoles.Procesregisseur)]),
        new("ondersteuning.utrecht@demo.zvh.nl", "Olga Steun", "ZVH Regio Utrecht", [("utrecht", ZvhRoles.Procesondersteuner)]),
        new("manager.utrecht@demo.zvh.nl", "Mirjam Manager", "ZVH Regio Utrecht", [("utrecht", ZvhRoles.Manager)]),
        new("analist.utrecht@demo.zvh.nl", "Anouk Analist", "ZVH Regio Utrecht", [("utrecht", ZvhRoles.Analist)]),
        new("privacy.utrecht@demo.zvh.nl", "Priya Privacy", "ZVH Regio Utrecht", [("utrecht", ZvhRoles.PrivacyOfficer)]),
        new("partner@demo.zvh.nl", "Karel Keten", "Reclassering Nederland",
            [("utrecht", ZvhRoles.KetenpartnerProfessional), ("drenthe", ZvhRoles.KetenpartnerProfessional)]),
        new("beheer.drenthe@demo.zvh.nl", "Dirk Beheer", "Zorg- en Veiligheidshuis Drenthe", [("drenthe", ZvhRoles.FunctioneelBeheerder)]),
        new("regisseur.drenthe@demo.zvh.nl", "Dewi Regie", "Zorg- en Veiligheidshuis Drenthe", [("drenthe", ZvhRoles.Procesregisseur)]),
        new("beheer.markiezaten@demo.zvh.nl", "Mark Beheer", "ZVH De Markiezaten", [("markiezaten", ZvhRoles.FunctioneelBeheerder)]),
        new("regisseur.markiezaten@demo.zvh.nl", "Maud Regie", "ZVH De Markiezaten", [("markiezaten", ZvhRoles.Procesregisseur)]),
    ];
}
