namespace ZvhPlatform.Core.Features.Rapportage;

/// <summary>
/// Small-cell suppression for users who may only see aggregates (analysts); documented in docs/rapportage.md.
/// 1. Primary: a count n with 0 &lt; n &lt; the region's minimum cell size is shown as "&lt; k".
/// 2. Linked rows: in a table whose columns are linked by arithmetic (caseload: first day + instroom − uitstroom = last day,
///    caseload = first day + instroom) a row with any suppressed count is suppressed as a whole.
/// 3. Complementary: in every group of cells that adds up to a shown total (a column over the member rows of a group,
///    and a row when the table shows a row total) a single suppressed cell would be recoverable by subtraction, so the
///    smallest other non-zero cell of that group is suppressed too ("×"). Rules 2 and 3 repeat until nothing changes.
/// Zeros are never suppressed: they identify nobody.
/// </summary>
internal static class Onderdrukking
{
    public static void Pas(RapportTabel tabel, int drempel, bool rijenGekoppeld = false, bool rijTotaal = false)
    {
        ArgumentNullException.ThrowIfNull(tabel);
        foreach (var cel in tabel.Rijen.SelectMany(r => r.Cellen).Where(c => c.Telling && c.Waarde is > 0 && c.Waarde < drempel))
        {
            cel.Status = CelStatus.Klein;
        }

        bool changed;
        do
        {
            changed = false;
            if (rijenGekoppeld)
            {
                foreach (var rij in tabel.Rijen.Where(r => r.Cellen.Any(c => c.Telling && c.Verborgen)))
                {
                    foreach (var cel in rij.Cellen.Where(c => c.Telling && !c.Verborgen && c.Waarde is > 0))
                    {
                        cel.Status = CelStatus.Secundair;
                        changed = true;
                    }
                }
            }

            var kolommen = tabel.Kolommen.Count;
            foreach (var groep in tabel.Rijen.Where(r => !r.Totaal).GroupBy(r => r.Groep ?? ""))
            {
                for (var k = 0; k < kolommen; k++)
                {
                    var cellen = groep.Where(r => k < r.Cellen.Count).Select(r => r.Cellen[k]).Where(c => c.Telling).ToList();
                    if (rijenGekoppeld)
                    {
                        // Whole rows are hidden together; protect by hiding the smallest other whole row.
                        if (cellen.Count(c => c.Verborgen) == 1)
                        {
                            // A row whose counts are all hidden already (only zeros left visible) protects nothing.
                            var rij = groep.Where(r => !r.Cellen[k].Verborgen && r.Cellen.Any(c => c.Telling && c.Waarde > 0 && !c.Verborgen))
                                .OrderBy(r => r.Cellen.Where(c => c.Telling).Sum(c => c.Waarde ?? 0)).FirstOrDefault();
                            if (rij is not null)
                            {
                                rij.Cellen.First(c => c.Telling && c.Waarde > 0 && !c.Verborgen).Status = CelStatus.Secundair;
                                changed = true;
                            }
                        }
                    }
                    else
                    {
                        changed |= Complementeer(cellen);
                    }
                }
            }

            if (rijTotaal)
            {
                foreach (var rij in tabel.Rijen)
                {
                    changed |= Complementeer(rij.Cellen.Take(rij.Cellen.Count - 1).Where(c => c.Telling).ToList());
                }
            }
        }
        while (changed);
    }

    private static bool Complementeer(List<RapportCel> groep)
    {
        if (groep.Count(c => c.Verborgen) != 1)
        {
            return false;
        }

        var kleinste = groep.Where(c => !c.Verborgen && c.Waarde > 0).OrderBy(c => c.Waarde).FirstOrDefault();
        if (kleinste is null)
        {
            return false;
        }

        kleinste.Status = CelStatus.Secundair;
        return true;
    }
}
