using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Demo;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Demo;

/// <summary>A demo user's sign-in data, derived from the installation's demo secret.</summary>
public sealed record DemoCredential(string Email, string DisplayName, string Roles, string Password, string TotpSecret);

/// <summary>
/// Seeds the demo regions and users (embedded/Development only; the host refuses it in Production).
/// Passwords and TOTP secrets are derived from a random secret kept in the data folder, so they
/// can be printed at every start without being stored in clear or written in the code.
/// </summary>
internal sealed class DemoSeeder(CoreDbContext db, IdentityStoreDbContext identity, UserManager<ZvhUser> users,
    IRegionContextSetter regionSetter, TimeProvider clock, PartnersDbContext partners, PrivacyDbContext privacy,
    CaseworkDbContext casework, DemoCasework demoCasework, IServiceScopeFactory scopes, IConfiguration configuration)
{
    /// <summary>The demo regions and users, then Utrecht's CoVeCa casework (see <see cref="DemoCasework"/>) and the modules' own demo work.</summary>
    public async Task<IReadOnlyList<DemoCredential>> SeedAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var credentials = await SeedAsync(dataFolder, DemoData.Regions, DemoData.Users, cancellationToken);
        await demoCasework.SeedAsync(cancellationToken);
        await SeedModuleWorkAsync(cancellationToken);
        return credentials;
    }

    /// <summary>Each installed module's demo work (<see cref="IModuleDemoData"/>) in every demo region that contracts it.</summary>
    private async Task SeedModuleWorkAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Zvh:DemoCasework", true))
        {
            return;
        }

        foreach (var demo in DemoData.Regions)
        {
            foreach (var moduleId in demo.Contracts.Select(c => c.ModuleId).Distinct())
            {
                await using var scope = scopes.CreateAsyncScope();
                var sp = scope.ServiceProvider;
                if (sp.GetServices<IModuleDemoData>().FirstOrDefault(d => d.ModuleId == moduleId) is not { } module
                    || await sp.GetRequiredService<IRegionStore>().FindByKeyAsync(demo.Key, cancellationToken) is not { } region)
                {
                    continue;
                }

                sp.GetRequiredService<IRegionContextSetter>().SetRegion(region, "seed-demo");
                await module.SeedAsync(cancellationToken);
            }
        }
    }

    /// <summary>Seeds the given regions and users (the synthetic data generator brings its own); idempotent per region key and e-mail.</summary>
    internal async Task<IReadOnlyList<DemoCredential>> SeedAsync(string dataFolder, IReadOnlyList<DemoData.DemoRegion> regions,
        IReadOnlyList<DemoData.DemoUser> demoUsers, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, DemoPartners.DemoPartner[]>? partnersByRegion = null)
    {
        var secret = await LoadOrCreateSecretAsync(dataFolder, cancellationToken);
        var regionIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        using (regionSetter.BeginCrossRegionScope("seed-demo"))
        {
            foreach (var demo in regions)
            {
                regionIds[demo.Key] = await SeedRegionAsync(demo, cancellationToken);
                await SeedPartnersAsync(partnersByRegion ?? DemoPartners.ByRegion, demo.Key, regionIds[demo.Key], cancellationToken);
                await SeedPrivacyProtocolAsync(regionIds[demo.Key], demo, cancellationToken);
                await Casework.InterventieCatalogus.EnsureAsync(casework, regionIds[demo.Key], cancellationToken);
            }
        }

        var result = new List<DemoCredential>();
        foreach (var demo in demoUsers)
        {
            var (password, totp) = Derive(secret, demo.Email);
            var user = await users.FindByEmailAsync(demo.Email);
            if (user is null)
            {
                user = new ZvhUser
                {
                    Id = Guid.NewGuid(),
                    UserName = demo.Email,
                    Email = demo.Email,
                    EmailConfirmed = true,
                    DisplayName = demo.DisplayName,
                    Organisation = demo.Organisation,
                    CreatedUtc = clock.GetUtcNow().UtcDateTime,
                    LockoutEnabled = true,
                };
                Check(await users.CreateAsync(user, password));
                Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", totp));
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }

            foreach (var (regionKey, role) in demo.Roles)
            {
                var regionId = regionIds[regionKey];
                if (!await identity.Memberships.AnyAsync(m => m.UserId == user.Id && m.RegionId == regionId && m.Role == role, cancellationToken))
                {
                    identity.Memberships.Add(new RegionMembership
                    {
                        UserId = user.Id, RegionId = regionId, Role = role, GrantedUtc = clock.GetUtcNow().UtcDateTime, GrantedBy = "seed-demo",
                    });
                }
            }

            result.Add(new DemoCredential(demo.Email, demo.DisplayName,
                string.Join(", ", demo.Roles.Select(r => $"{r.Role}@{r.RegionKey}")), password, totp));
        }

        await identity.SaveChangesAsync(cancellationToken);
        return result;
    }

    private async Task<Guid> SeedRegionAsync(DemoData.DemoRegion demo, CancellationToken cancellationToken)
    {
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Key == demo.Key, cancellationToken);
        if (region is not null)
        {
            return region.Id;
        }

        region = new Region { Key = demo.Key, Name = demo.Name, HostNames = $"{demo.Key}.localhost", Contactpunt = demo.Contactpunt };
        db.Regions.Add(region);
        var districts = demo.Gemeenten.Select(g => g.District).OfType<string>().Distinct()
            .ToDictionary(d => d, d => new District { RegionId = region.Id, Name = d });
        db.Districts.AddRange(districts.Values);
        db.Gemeenten.AddRange(demo.Gemeenten.Select(g => new Gemeente
        {
            RegionId = region.Id, CbsCode = g.Code, Name = g.Name, DistrictId = g.District is null ? null : districts[g.District].Id,
        }));
        foreach (var c in demo.Contracts)
        {
            var contract = new ModuleContract
            {
                RegionId = region.Id, ModuleId = c.ModuleId, Kind = c.Kind, ValidFrom = c.From, ValidTo = c.To, Note = c.Note,
            };
            contract.Gemeenten.AddRange(c.Gemeenten.Select(code => new ContractGemeente { ContractId = contract.Id, CbsCode = code }));
            db.Contracts.Add(contract);
            db.ContractChanges.Add(new ContractChange
            {
                RegionId = region.Id, ContractId = contract.Id, ModuleId = c.ModuleId, ChangedUtc = clock.GetUtcNow().UtcDateTime,
                ChangedBy = "seed-demo", Action = "aangemaakt", Description = "Demo-contract: " + c.Note,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return region.Id;
    }

    /// <summary>The region's convenantpartners with their signed convenant and privacy protocol; only when it has none yet.</summary>
    private async Task SeedPartnersAsync(IReadOnlyDictionary<string, DemoPartners.DemoPartner[]> partnersByRegion, string regionKey, Guid regionId,
        CancellationToken cancellationToken)
    {
        if (!partnersByRegion.TryGetValue(regionKey, out var demoPartners)
            || await partners.Partners.AnyAsync(p => p.RegionId == regionId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var demo in demoPartners)
        {
            var partner = new Partners.Convenantpartner
            {
                RegionId = regionId, Naam = demo.Naam, Domein = demo.Domein, Type = demo.Type, GemeenteCode = demo.GemeenteCode, CreatedUtc = now,
            };
            partners.Partners.Add(partner);
            foreach (var (document, (versie, op)) in new[]
                     {
                         (Partners.ConvenantDocument.Samenwerkingsconvenant, DemoPartners.Convenant),
                         (Partners.ConvenantDocument.Privacyprotocol, DemoPartners.Privacyprotocol),
                     })
            {
                partners.Ondertekeningen.Add(new Partners.Ondertekening
                {
                    RegionId = regionId, PartnerId = partner.Id, Document = document, Versie = versie, OndertekendOp = op,
                    OndertekendDoor = demo.Ondertekenaar, VastgelegdUtc = now, VastgelegdDoor = "seed-demo",
                });
            }
        }

        await partners.SaveChangesAsync(cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo user could not be created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    private static async Task<byte[]> LoadOrCreateSecretAsync(string dataFolder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataFolder);
        var path = Path.Combine(dataFolder, "demo-secret.txt");
        if (File.Exists(path))
        {
            return Convert.FromBase64String((await File.ReadAllTextAsync(path, cancellationToken)).Trim());
        }

        var secret = RandomNumberGenerator.GetBytes(32);
        await File.WriteAllTextAsync(path, Convert.ToBase64String(secret), cancellationToken);
        return secret;
    }

    /// <summary>Password and TOTP secret of a demo user.</summary>
    internal static (string Password, string TotpSecret) Derive(byte[] secret, string email)
    {
        var pw = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("password:" + email));
        var totp = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("totp:" + email))[..20];
        return ("Zvh-" + Base32(pw[..10]).ToLowerInvariant() + "-7Q", Base32(totp));
    }

    internal static string Base32(ReadOnlySpan<byte> data)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var sb = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                sb.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            sb.Append(alphabet[(buffer << (5 - bits)) & 31]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// An established protocol version 1 per demo region for the modules it contracts, modelled on the
    /// Handvat Gegevensdeling: procesregie under the WGS, longer retention for CTER. Skipped when the
    /// region already has any version, so a privacy officer's own versions are never touched.
    /// </summary>
    private async Task SeedPrivacyProtocolAsync(Guid regionId, DemoData.DemoRegion demo, CancellationToken cancellationToken)
    {
        if (await privacy.ProtocolVersies.AnyAsync(v => v.RegionId == regionId, cancellationToken))
        {
            return;
        }

        const string Wgs = "art. 6 lid 1 sub e AVG; art. 2.1 WGS";
        var version = new PrivacyprotocolVersie
        {
            RegionId = regionId, VersieNummer = 1, Status = ProtocolStatus.Vastgesteld, GeldigVanaf = new DateOnly(2025, 3, 1),
            DpiaReferentie = $"DPIA {demo.Name} 2025-01", AangemaaktUtc = clock.GetUtcNow().UtcDateTime, AangemaaktDoor = "seed-demo",
            VastgesteldDoor = "seed-demo", VastgesteldUtc = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var moduleId in demo.Contracts.Select(c => c.ModuleId).Distinct())
        {
            var grondslag = moduleId == "cter" ? "art. 6 lid 1 sub e AVG; art. 2.1 WGS; Wet 36225" : Wgs;
            version.Doelen.Add(new ProtocolDoel { RegionId = regionId, VersieId = version.Id, ModuleId = moduleId, Doel = "Procesregie", Grondslag = grondslag });
            version.Doelen.Add(new ProtocolDoel { RegionId = regionId, VersieId = version.Id, ModuleId = moduleId, Doel = "Uitgebreid advies", Grondslag = grondslag });
            version.Bewaartermijnen.Add(new ProtocolBewaartermijn
            {
                RegionId = regionId, VersieId = version.Id, ModuleId = moduleId, MaandenNaAfsluiting = moduleId == "cter" ? 60 : 24,
            });
            version.Informeren.Add(new ProtocolInformeren
            {
                RegionId = regionId, VersieId = version.Id, ModuleId = moduleId, StandaardInformeren = moduleId != "cter",
                RedenenNietInformeren = "Lopend strafrechtelijk onderzoek\nVeiligheid van betrokkene of anderen",
            });
            foreach (var (partner, categorie) in new[] { ("Gemeente", DataCategory.Wat), ("Politie", DataCategory.Wat), ("Reclassering", DataCategory.Wat),
                         ("Andere Zorg- en Veiligheidshuizen", DataCategory.Dat) })
            {
                version.Gegevensdelingen.Add(new ProtocolGegevensdeling
                {
                    RegionId = regionId, VersieId = version.Id, ModuleId = moduleId, PartnerType = partner, Categorie = categorie,
                });
            }
        }

        privacy.ProtocolVersies.Add(version);
        await privacy.SaveChangesAsync(cancellationToken);
    }
}
