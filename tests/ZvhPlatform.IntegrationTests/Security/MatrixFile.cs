namespace ZvhPlatform.IntegrationTests.Security;

/// <summary>Rewrites a checked-in matrix from the test's own rendering when ZVH_UPDATE_MATRIX=1 (after an intended route change).</summary>
internal static class MatrixFile
{
    public static void UpdateWhenAsked(string fileName, string rendered)
    {
        if (Environment.GetEnvironmentVariable("ZVH_UPDATE_MATRIX") != "1")
        {
            return;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var source = Path.Combine(dir.FullName, "tests", "ZvhPlatform.IntegrationTests", "Security", fileName);
            if (File.Exists(source))
            {
                File.WriteAllText(source, rendered);
                return;
            }
        }
    }
}
