using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Data;

/// <summary>On SQLite the region filter reaches the database as a plain <c>RegionId = @p</c>, so the (RegionId, ...) indexes are used.</summary>
public sealed class RegionFilterSqlTests
{
    [Fact]
    public void The_filter_is_folded_by_the_value_of_the_cross_region_parameter()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"t\" AS \"c\" WHERE (@ef_filter__CrossRegion2 OR \"c\".\"RegionId\" = @ef_filter__CurrentRegionId) AND \"c\".\"X\" = 1";
        command.Parameters.AddWithValue("@ef_filter__CrossRegion2", false);
        command.Parameters.AddWithValue("@ef_filter__CurrentRegionId", "A");
        RegionFilterSqlInterceptor.Fold(command);
        Assert.Equal("SELECT * FROM \"t\" AS \"c\" WHERE \"c\".\"RegionId\" = @ef_filter__CurrentRegionId AND \"c\".\"X\" = 1", command.CommandText);

        command.CommandText = "SELECT * FROM \"t\" AS \"c\" WHERE (@ef_filter__CrossRegion2 OR \"c\".\"RegionId\" = @ef_filter__CurrentRegionId)";
        command.Parameters["@ef_filter__CrossRegion2"].Value = true;
        RegionFilterSqlInterceptor.Fold(command);
        Assert.Equal("SELECT * FROM \"t\" AS \"c\" WHERE 1", command.CommandText);
    }

    [Fact]
    public async Task The_case_list_query_uses_the_region_index_and_still_sees_only_its_own_region()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite);
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var query = db.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca");
        var sql = query.ToQueryString();
        Assert.Contains("ef_filter__CrossRegion", sql, StringComparison.Ordinal);

        var recorder = new Recorder();
        var options = new DbContextOptionsBuilder<CaseworkDbContext>().UseZvhDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = host.Database.ConnectionString }, CaseworkDbContext.SchemaName)
            .AddInterceptors(recorder).Options;
        await using var recorded = new CaseworkDbContext((DbContextOptions<CaseworkDbContext>)options);
        recorded.UseRegion(scope.ServiceProvider.GetRequiredService<IRegionContext>());
        _ = await recorded.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca").ToListAsync();
        Assert.DoesNotContain("CrossRegion", recorder.LastText, StringComparison.Ordinal);
        Assert.Contains("\"RegionId\" = @ef_filter__CurrentRegionId", recorder.LastText, StringComparison.Ordinal);
    }

    private sealed class Recorder : DbCommandInterceptor
    {
        public string LastText { get; private set; } = "";

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
            CancellationToken cancellationToken = default)
        {
            LastText = command.CommandText;
            return ValueTask.FromResult(result);
        }
    }
}
