using Xunit.Abstractions;
using Xunit.Sdk;
using ZvhPlatform.Testing;

namespace ZvhPlatform.ScaleOutTests;

/// <summary>A fact that needs the PostgreSQL server of the test script; skipped, with the reason, when none is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when <c>ZVH_TEST_POSTGRES</c> is not set.</summary>
    public PostgresFactAttribute()
    {
        if (!TestDatabase.PostgresAvailable)
        {
            Skip = $"{TestDatabase.PostgresVariable} is not set: several instances need one PostgreSQL database (build/test.sh starts one).";
        }
    }
}

/// <summary>The place of a test in its class (the last one kills an instance, so it must come last).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StepAttribute(int number) : Attribute
{
    /// <summary>Lower runs first.</summary>
    public int Number { get; } = number;
}

/// <summary>Runs a class's tests in the order of their <see cref="StepAttribute"/>.</summary>
public sealed class StepOrderer : ITestCaseOrderer
{
    /// <summary>Assembly-qualified name for <c>[TestCaseOrderer]</c>.</summary>
    public const string Name = "ZvhPlatform.ScaleOutTests.StepOrderer";

    /// <summary>This assembly.</summary>
    public const string Assembly = "ZvhPlatform.ScaleOutTests";

    /// <inheritdoc />
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.TestMethod.Method.GetCustomAttributes(typeof(StepAttribute).AssemblyQualifiedName)
            .Select(a => a.GetConstructorArguments().OfType<int>().First())
            .DefaultIfEmpty(int.MaxValue)
            .First());
}
