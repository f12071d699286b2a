using System.Data.Common;
using System.Globalization;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Persons;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Bench.PersonSearch;

/// <summary>
/// (A) The real search: a new scope in the region, the app's Mediator with its behaviours
/// (validation, entitlement, authorization, transaction), the handler and its access-log write.
/// </summary>
internal sealed class RealSearch(BenchEnvironment environment)
{
    public async Task<IReadOnlyList<PersonRow>> RunAsync(SearchInput input)
    {
        await using var scope = environment.InRegion();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        return await mediator.Send(new SearchPersons(input.Bsn, input.Naam, input.Geboortedatum, Purposes.Bekendheidscheck));
    }
}

/// <summary>
/// (B) The thinnest baseline: one parameterized ADO.NET query per search on a pooled connection,
/// written by hand to hit the same indexes ((RegionId, Bsn), (RegionId, ZoekAchternaam),
/// (RegionId, Geboortedatum), (RegionId, alias ZoekNaam)) and return the same rows and columns.
/// No scope, no Mediator, no access log.
/// </summary>
internal sealed class BaselineSearch : IAsyncDisposable
{
    private const int MaxResults = 50;

    // Above every character a normalised name contains, so [prefix, prefix + Top) is exactly "starts with".
    private const string Top = "\uFFFF";

    private readonly BenchEnvironment _environment;
    private readonly NpgsqlDataSource? _postgres;
    private readonly string _persons;
    private readonly string _aliases;
    private readonly string _bsnIndex;
    private readonly string _surnameIndex;
    private readonly string _dateOfBirthIndex;
    private readonly string _aliasNameIndex;
    private readonly string _aliasPersonIndex;

    public BaselineSearch(BenchEnvironment environment)
    {
        _environment = environment;
        using var scope = environment.InRegion();
        var model = scope.ServiceProvider.GetRequiredService<CoreDbContext>().Model;
        _persons = Table(model.FindEntityType(typeof(Person))!);
        _aliases = Table(model.FindEntityType(typeof(PersonAlias))!);
        _bsnIndex = Index(model, typeof(Person), nameof(Person.RegionId), nameof(Person.Bsn));
        _surnameIndex = Index(model, typeof(Person), nameof(Person.RegionId), nameof(Person.ZoekAchternaam));
        _dateOfBirthIndex = Index(model, typeof(Person), nameof(Person.RegionId), nameof(Person.Geboortedatum));
        _aliasNameIndex = Index(model, typeof(PersonAlias), nameof(PersonAlias.RegionId), nameof(PersonAlias.ZoekNaam));
        _aliasPersonIndex = Index(model, typeof(PersonAlias), nameof(PersonAlias.PersonId));
        if (environment.Provider == DatabaseProvider.PostgreSql)
        {
            _postgres = NpgsqlDataSource.Create(environment.ConnectionString);
        }
    }

    private bool IsPostgres => _postgres is not null;

    private const string Columns = "p.\"Id\", p.\"Voornamen\", p.\"Tussenvoegsel\", p.\"Achternaam\", p.\"Geboortedatum\", p.\"Woonplaats\", p.\"Bsn\"";

    /// <summary>The SQL and its parameters for one search (also used to show its plan).</summary>
    public (string Sql, IReadOnlyList<(string Name, object Value)> Parameters) Build(SearchInput input)
    {
        var region = RegionParameter();
        var tail = $" ORDER BY p.\"ZoekAchternaam\", p.\"Geboortedatum\" LIMIT {MaxResults}";
        string Head(string index) =>
            $"SELECT {Columns} FROM {_persons} AS p{IndexedBy(index)} WHERE p.\"RegionId\" = @region AND p.\"MergedIntoId\" IS NULL";
        switch (input.Kind)
        {
            case QueryKind.Bsn:
                return (Head(_bsnIndex) + " AND p.\"Bsn\" = @bsn" + tail, [("region", region), ("bsn", input.Bsn!)]);
            case QueryKind.SurnamePrefix:
                // A union, so each side is a range scan on its own index: the surname index, and the alias index.
                var lo = input.NormalizedName;
                return ($"SELECT {Columns} FROM (" +
                        $"SELECT p.* FROM {_persons} AS p{IndexedBy(_surnameIndex)} WHERE p.\"RegionId\" = @region AND p.\"ZoekAchternaam\" >= @lo AND p.\"ZoekAchternaam\" < @hi AND p.\"MergedIntoId\" IS NULL" +
                        $" UNION SELECT p.* FROM {_aliases} AS a{IndexedBy(_aliasNameIndex)} JOIN {_persons} AS p ON p.\"Id\" = a.\"PersonId\"" +
                        " WHERE a.\"RegionId\" = @region AND a.\"ZoekNaam\" >= @lo AND a.\"ZoekNaam\" < @hi AND p.\"RegionId\" = @region AND p.\"MergedIntoId\" IS NULL" +
                        ") AS p" + tail, [("region", region), ("lo", lo), ("hi", lo + Top)]);
            default:
                var contains = IsPostgres ? "strpos({0}, @fragment) > 0" : "instr({0}, @fragment) > 0";
                return (Head(_dateOfBirthIndex) +
                        " AND p.\"Geboortedatum\" = @dob AND (" + string.Format(CultureInfo.InvariantCulture, contains, "p.\"ZoekNaam\"") +
                        $" OR EXISTS (SELECT 1 FROM {_aliases} AS a{IndexedBy(_aliasPersonIndex)} WHERE a.\"PersonId\" = p.\"Id\" AND a.\"RegionId\" = @region AND " +
                        string.Format(CultureInfo.InvariantCulture, contains, "a.\"ZoekNaam\"") + "))" + tail,
                    [("region", region), ("dob", DateParameter(input.Geboortedatum!.Value)), ("fragment", input.NormalizedName)]);
        }
    }

    // SQLite's planner has no statistics (the app never runs ANALYZE) and, with one region holding
    // every row, guesses the surname index for everything; the baseline names the index meant for
    // the search. PostgreSQL, analyzed, picks its own.
    private string IndexedBy(string index) => IsPostgres ? "" : $" INDEXED BY \"{index}\"";

    public async Task<IReadOnlyList<PersonRow>> RunAsync(SearchInput input)
    {
        var (sql, parameters) = Build(input);
        await using var connection = await OpenAsync();
        await using var command = CreateCommand(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<PersonRow>();
        while (await reader.ReadAsync())
        {
            var id = IsPostgres ? reader.GetGuid(0) : Guid.Parse(reader.GetString(0));
            DateOnly? dob = reader.IsDBNull(4) ? null
                : IsPostgres ? reader.GetFieldValue<DateOnly>(4) : DateOnly.Parse(reader.GetString(4), CultureInfo.InvariantCulture);
            var naam = string.Join(' ', new[] { reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3) }
                .Where(s => !string.IsNullOrWhiteSpace(s)));
            rows.Add(new PersonRow(id, naam, dob, reader.IsDBNull(5) ? null : reader.GetString(5),
                PersonProjection.MaskBsn(reader.IsDBNull(6) ? null : reader.GetString(6))));
        }

        return rows;
    }

    public async Task<DbConnection> OpenAsync()
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync();
        }

        var connection = new SqliteConnection(_environment.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public static DbCommand CreateCommand(DbConnection connection, string sql, IEnumerable<(string Name, object Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // the SQL is built from model table names and constants; every value is a parameter
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            if (name.Length > 0)
            {
                // Empty names are positional ($1) parameters, as Npgsql sends them.
                parameter.ParameterName = "@" + name;
            }

            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    // SQLite stores what EF writes: Guids as upper-case text, dates as yyyy-MM-dd text.
    private object RegionParameter() => IsPostgres ? _environment.Region.Id : _environment.Region.Id.ToString().ToUpperInvariant();

    private object DateParameter(DateOnly date) => IsPostgres ? date : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Index(Microsoft.EntityFrameworkCore.Metadata.IModel model, Type entity, params string[] columns) =>
        model.FindEntityType(entity)!.GetIndexes().Single(i => i.Properties.Select(p => p.Name).SequenceEqual(columns)).GetDatabaseName()!;

    private static string Table(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        type.GetSchema() is { } schema ? $"\"{schema}\".\"{type.GetTableName()}\"" : $"\"{type.GetTableName()}\"";
}
