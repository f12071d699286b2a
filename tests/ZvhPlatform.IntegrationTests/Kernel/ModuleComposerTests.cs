using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Kernel;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Modules.Proefaanpak;

namespace ZvhPlatform.IntegrationTests.Kernel;

/// <summary>Modules are composed in dependency order, and a set that does not fit together stops the host with a clear message.</summary>
public sealed class ModuleComposerTests
{
    private static readonly Version V1 = new(1, 0, 0);

    [Fact]
    public void Modules_are_ordered_so_that_every_module_comes_after_the_modules_it_depends_on()
    {
        var modules = new[]
        {
            new FakeModule("alpha", dependencies: [new ModuleDependency("zulu", V1), new ModuleDependency("mike", V1)]),
            new FakeModule("mike", dependencies: [new ModuleDependency("zulu", V1)]),
            new FakeModule("zulu"),
            new FakeModule("bravo"),
        };

        var ids = ModuleComposer.Compose(modules).Modules.Select(m => m.Manifest.Id).ToList();

        Assert.Equal(4, ids.Count);
        Assert.True(ids.IndexOf("zulu") < ids.IndexOf("mike"), string.Join(", ", ids));
        Assert.True(ids.IndexOf("mike") < ids.IndexOf("alpha"), string.Join(", ", ids));
    }

    public static TheoryData<string, string, string[]> Misfits => new()
    {
        { "missing dependency", "wees", ["wees", "ontbreekt", "not part of this host"] },
        { "dependency too old", "nieuw", ["nieuw", "oud", "2.0.0", "1.0.0"] },
        { "kernel major mismatch", "toekomst", ["toekomst", "needs kernel 2.0.0"] },
        { "kernel newer than host", "voorloper", ["voorloper", "needs kernel"] },
        { "duplicate id", "dubbel", ["dubbel", "more than one module"] },
        { "invalid id", "Proef-Aanpak", ["Proef-Aanpak", "invalid id"] },
        { "cycle", "een", ["een -> twee -> een", "cycle"] },
    };

    [Theory]
    [MemberData(nameof(Misfits))]
    public void A_module_set_that_does_not_fit_together_is_refused_with_a_message_naming_the_module(string situation, string moduleId,
        string[] expectedInMessage)
    {
        var kernel = KernelVersionAttribute.Current;
        IZvhModule[] modules = situation switch
        {
            "missing dependency" => [new FakeModule(moduleId, dependencies: [new ModuleDependency("ontbreekt", V1)])],
            "dependency too old" => [new FakeModule("oud"), new FakeModule(moduleId, dependencies: [new ModuleDependency("oud", new Version(2, 0, 0))])],
            "kernel major mismatch" => [new FakeModule(moduleId, kernel: new Version(kernel.Major + 1, 0, 0))],
            "kernel newer than host" => [new FakeModule(moduleId, kernel: new Version(kernel.Major, kernel.Minor + 1, 0))],
            "duplicate id" => [new FakeModule(moduleId), new FakeModule(moduleId)],
            "invalid id" => [new FakeModule(moduleId)],
            "cycle" => [new FakeModule(moduleId, dependencies: [new ModuleDependency("twee", V1)]),
                new FakeModule("twee", dependencies: [new ModuleDependency(moduleId, V1)])],
            _ => throw new ArgumentOutOfRangeException(nameof(situation)),
        };

        var refused = Assert.Throws<ModuleCompositionException>(() => ModuleComposer.Compose(modules));

        foreach (var part in expectedInMessage)
        {
            Assert.Contains(part, refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_module_with_a_compatible_kernel_and_satisfied_dependencies_is_accepted()
    {
        var kernel = KernelVersionAttribute.Current;
        var catalog = ModuleComposer.Compose([
            new FakeModule("basis", version: new Version(2, 1, 0)),
            new FakeModule("plus", kernel: new Version(kernel.Major, 0, 0), dependencies: [new ModuleDependency("basis", new Version(2, 0, 0))]),
        ]);

        Assert.Equal(["basis", "plus"], catalog.Modules.Select(m => m.Manifest.Id));
    }

    [Fact]
    public void Discovery_finds_the_module_packages_referenced_by_the_application_and_honours_the_exclusion_filter()
    {
        var all = ModuleComposer.Discover();
        var without = ModuleComposer.Discover(id => id != ProefaanpakModule.Id);

        Assert.IsType<ProefaanpakModule>(all.Find(ProefaanpakModule.Id));
        Assert.Equal(ProefaanpakModule.Id, all.ModuleIdOf(typeof(ProefVerzoek)));
        Assert.False(without.Contains(ProefaanpakModule.Id));
        Assert.Null(without.ModuleIdOf(typeof(ProefVerzoek)));
    }

    private sealed class FakeModule(string id, Version? version = null, Version? kernel = null, ModuleDependency[]? dependencies = null)
        : IZvhModule
    {
        public ModuleManifest Manifest { get; } = new()
        {
            Id = id,
            DisplayName = id,
            Version = version ?? V1,
            DefaultKind = ModuleKind.Plustaak,
            RequiresKernel = kernel ?? KernelVersionAttribute.Current,
            Dependencies = dependencies ?? [],
        };

        public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
        {
        }
    }
}
