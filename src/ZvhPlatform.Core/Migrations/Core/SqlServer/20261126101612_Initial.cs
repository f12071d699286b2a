using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Core.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "core");

            migrationBuilder.CreateTable(
                name: "ContractChanges",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModuleId = table.Column<string>(type: "nvarchar(31)", maxLength: 31, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ChangedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Districts",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Districts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Gemeenten",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CbsCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DistrictId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gemeenten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ModuleContracts",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModuleId = table.Column<string>(type: "nvarchar(31)", maxLength: 31, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModuleContracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventType = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonChanges",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Details = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonMerges",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SurvivorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MergedId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MergedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    MergedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AddedAliasIds = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UndoneUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonMerges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Persons",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Bsn = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: true),
                    Voornamen = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Tussenvoegsel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Achternaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Geslacht = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Adres = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Postcode = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: true),
                    Woonplaats = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    GemeenteCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    Telefoon = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ZoekNaam = table.Column<string>(type: "nvarchar(420)", maxLength: 420, nullable: false),
                    ZoekAchternaam = table.Column<string>(type: "nvarchar(220)", maxLength: 220, nullable: false),
                    RegisteredUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Persons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    HostNames = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Contactpunt = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContractGemeenten",
                schema: "core",
                columns: table => new
                {
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CbsCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractGemeenten", x => new { x.ContractId, x.CbsCode });
                    table.ForeignKey(
                        name: "FK_ContractGemeenten_ModuleContracts_ContractId",
                        column: x => x.ContractId,
                        principalSchema: "core",
                        principalTable: "ModuleContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonAliases",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ZoekNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonAliases_Persons_PersonId",
                        column: x => x.PersonId,
                        principalSchema: "core",
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractChanges_RegionId",
                schema: "core",
                table: "ContractChanges",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractChanges_RegionId_ChangedUtc",
                schema: "core",
                table: "ContractChanges",
                columns: new[] { "RegionId", "ChangedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Districts_RegionId",
                schema: "core",
                table: "Districts",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Gemeenten_RegionId",
                schema: "core",
                table: "Gemeenten",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Gemeenten_RegionId_CbsCode",
                schema: "core",
                table: "Gemeenten",
                columns: new[] { "RegionId", "CbsCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModuleContracts_RegionId",
                schema: "core",
                table: "ModuleContracts",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ModuleContracts_RegionId_ModuleId",
                schema: "core",
                table: "ModuleContracts",
                columns: new[] { "RegionId", "ModuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedUtc",
                schema: "core",
                table: "OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RegionId",
                schema: "core",
                table: "OutboxMessages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonAliases_PersonId",
                schema: "core",
                table: "PersonAliases",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonAliases_RegionId",
                schema: "core",
                table: "PersonAliases",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonAliases_RegionId_ZoekNaam",
                schema: "core",
                table: "PersonAliases",
                columns: new[] { "RegionId", "ZoekNaam" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonChanges_RegionId",
                schema: "core",
                table: "PersonChanges",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonChanges_RegionId_PersonId",
                schema: "core",
                table: "PersonChanges",
                columns: new[] { "RegionId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_RegionId",
                schema: "core",
                table: "PersonMerges",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_RegionId",
                schema: "core",
                table: "Persons",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_RegionId_Bsn",
                schema: "core",
                table: "Persons",
                columns: new[] { "RegionId", "Bsn" });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_RegionId_Geboortedatum",
                schema: "core",
                table: "Persons",
                columns: new[] { "RegionId", "Geboortedatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_RegionId_ZoekAchternaam",
                schema: "core",
                table: "Persons",
                columns: new[] { "RegionId", "ZoekAchternaam" });

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Key",
                schema: "core",
                table: "Regions",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractChanges",
                schema: "core");

            migrationBuilder.DropTable(
                name: "ContractGemeenten",
                schema: "core");

            migrationBuilder.DropTable(
                name: "Districts",
                schema: "core");

            migrationBuilder.DropTable(
                name: "Gemeenten",
                schema: "core");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "core");

            migrationBuilder.DropTable(
                name: "PersonAliases",
                schema: "core");

            migrationBuilder.DropTable(
                name: "PersonChanges",
                schema: "core");

            migrationBuilder.DropTable(
                name: "PersonMerges",
                schema: "core");

            migrationBuilder.DropTable(
                name: "Regions",
                schema: "core");

            migrationBuilder.DropTable(
                name: "ModuleContracts",
                schema: "core");

            migrationBuilder.DropTable(
                name: "Persons",
                schema: "core");
        }
    }
}
