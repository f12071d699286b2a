using ZvhPlatform.Core.Features.Rapportage;

namespace ZvhPlatform.IntegrationTests.Rapportage;

/// <summary>Small-cell suppression on linked caseload rows, where a column's zeros stay visible in rows that are otherwise hidden.</summary>
public sealed class OnderdrukkingTests
{
    private static readonly string[] Kolommen = ["Eerste dag", "Instroom", "Uitstroom", "Laatste dag"];

    [Fact]
    public void A_row_hidden_except_its_zeros_is_not_chosen_to_protect_a_column_and_the_table_is_suppressed_without_error()
    {
        // Meppel: only small flows (hidden), zeros on the first and last day. Hoogeveen: small flows hide the whole row,
        // which leaves one hidden cell in "Eerste dag" that Emmen's 20 must now protect.
        var meppel = Rij("Meppel", 0, 2, 2, 0);
        var hoogeveen = Rij("Hoogeveen", 10, 3, 1, 12);
        var emmen = Rij("Emmen", 20, 10, 5, 25);
        var tabel = new RapportTabel("caseload", "Caseload", "", Kolommen, [meppel, hoogeveen, emmen]);

        Onderdrukking.Pas(tabel, drempel: 5, rijenGekoppeld: true);

        Assert.All(hoogeveen.Cellen, c => Assert.True(c.Verborgen));
        Assert.All(emmen.Cellen, c => Assert.True(c.Verborgen));
        Assert.False(meppel.Cellen[0].Verborgen);
        Assert.Equal(CelStatus.Klein, meppel.Cellen[1].Status);
        for (var k = 0; k < Kolommen.Length; k++)
        {
            // Never exactly one hidden count in a column: that one could be recovered from the total.
            Assert.NotEqual(1, tabel.Rijen.Count(r => r.Cellen[k].Verborgen && r.Cellen[k].Waarde > 0));
        }
    }

    [Fact]
    public void Without_small_cells_nothing_is_suppressed()
    {
        var tabel = new RapportTabel("caseload", "Caseload", "", Kolommen, [Rij("Meppel", 0, 12, 6, 6), Rij("Emmen", 20, 10, 5, 25)]);

        Onderdrukking.Pas(tabel, drempel: 5, rijenGekoppeld: true);

        Assert.All(tabel.Rijen.SelectMany(r => r.Cellen), c => Assert.Equal(CelStatus.Zichtbaar, c.Status));
    }

    private static RapportRij Rij(string naam, params long[] waarden) => new(naam, waarden.Select(RapportCel.Getal).ToList());
}
