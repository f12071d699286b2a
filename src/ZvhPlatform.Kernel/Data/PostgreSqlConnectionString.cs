using System.Data.Common;
using Npgsql;

namespace ZvhPlatform.Kernel.Data;

/// <summary>The settings the platform adds to a PostgreSQL connection string, unless the operator set them (ADR 16).</summary>
public static class PostgreSqlConnectionString
{
    /// <summary>
    /// How many statements each pooled connection keeps prepared. A coordinator's pages send a few dozen distinct
    /// statements all day; the least recently used one is closed when a new one needs its place.
    /// </summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>
    /// The connection string with automatic preparation switched on. EF sends the same statement text for every
    /// request of a page, and PostgreSQL parses and plans it each time unless it is prepared; once prepared (after five
    /// uses on a connection) it is parsed no more, and PostgreSQL reuses one plan where that costs no more than
    /// planning for the values (the case page and the partner's list gained most; bench/README.md).
    /// An explicit <c>Max Auto Prepare</c> is kept, so an operator behind a pooler without prepared statements (PgBouncer
    /// in transaction mode before 1.21) can switch it off with <c>Max Auto Prepare=0</c>.
    /// </summary>
    public static string WithPlatformDefaults(string connectionString) =>
        Sets(connectionString, "maxautoprepare")
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = MaxAutoPrepare }.ConnectionString;

    // NpgsqlConnectionStringBuilder answers ContainsKey for every keyword it knows, set or not; the plain builder keeps
    // the keys as written ("Max Auto Prepare", "MaxAutoPrepare", any case).
    private static bool Sets(string connectionString, string keyword) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(k => string.Equals(k.Replace(" ", "", StringComparison.Ordinal), keyword, StringComparison.OrdinalIgnoreCase));
}
