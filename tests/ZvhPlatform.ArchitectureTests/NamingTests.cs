using System.Text.RegularExpressions;

namespace ZvhPlatform.ArchitectureTests;

/// <summary>Names say what a thing is: no grab-bag types called Manager, Helper or Util.</summary>
public sealed partial class NamingTests
{
    [GeneratedRegex("(Manager|Helper|Helpers|Util|Utils|Utility|Utilities)(`\\d+)?$")]
    private static partial Regex VagueSuffix();

    [Fact]
    public void No_platform_or_module_type_is_named_manager_helper_or_util()
    {
        var vague = PlatformAssemblies.All
            .SelectMany(PlatformAssemblies.OwnTypes)
            .Where(t => VagueSuffix().IsMatch(t.Name) && !ExtendsFrameworkTypeOfTheSameKind(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(vague.Count == 0, $"Rename these after what they do: {string.Join(", ", vague)}");
    }

    /// <summary>A subclass of ASP.NET's own UserManager or SignInManager keeps the framework's name.</summary>
    private static bool ExtendsFrameworkTypeOfTheSameKind(Type type)
    {
        for (var b = type.BaseType; b is not null; b = b.BaseType)
        {
            if (b.Namespace?.StartsWith("Microsoft.", StringComparison.Ordinal) == true && VagueSuffix().IsMatch(b.Name))
            {
                return true;
            }
        }

        return false;
    }
}
