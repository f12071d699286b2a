using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Core.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "core_ContractChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_ContractChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_Districts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_Districts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_Gemeenten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CbsCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_Gemeenten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_ModuleContracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_ModuleContracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_PersonChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_PersonChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_PersonMerges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurvivorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MergedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MergedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MergedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAliasIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UndoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_PersonMerges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_Persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bsn = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Voornamen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tussenvoegsel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Achternaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Geslacht = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Adres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    Woonplaats = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Telefoon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ZoekNaam = table.Column<string>(type: "TEXT", maxLength: 420, nullable: false),
                    ZoekAchternaam = table.Column<string>(type: "TEXT", maxLength: 220, nullable: false),
                    RegisteredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_Persons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_Regions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HostNames = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Contactpunt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_Regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_ContractGemeenten",
                columns: table => new
                {
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CbsCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_ContractGemeenten", x => new { x.ContractId, x.CbsCode });
                    table.ForeignKey(
                        name: "FK_core_ContractGemeenten_core_ModuleContracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "core_ModuleContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_PersonAliases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ZoekNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_PersonAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_PersonAliases_core_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "core_Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_core_ContractChanges_RegionId",
                table: "core_ContractChanges",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_ContractChanges_RegionId_ChangedUtc",
                table: "core_ContractChanges",
                columns: new[] { "RegionId", "ChangedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_core_Districts_RegionId",
                table: "core_Districts",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_Gemeenten_RegionId",
                table: "core_Gemeenten",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_Gemeenten_RegionId_CbsCode",
                table: "core_Gemeenten",
                columns: new[] { "RegionId", "CbsCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_ModuleContracts_RegionId",
                table: "core_ModuleContracts",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_ModuleContracts_RegionId_ModuleId",
                table: "core_ModuleContracts",
                columns: new[] { "RegionId", "ModuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_core_OutboxMessages_ProcessedUtc",
                table: "core_OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_core_OutboxMessages_RegionId",
                table: "core_OutboxMessages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_PersonAliases_PersonId",
                table: "core_PersonAliases",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_core_PersonAliases_RegionId",
                table: "core_PersonAliases",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_PersonAliases_RegionId_ZoekNaam",
                table: "core_PersonAliases",
                columns: new[] { "RegionId", "ZoekNaam" });

            migrationBuilder.CreateIndex(
                name: "IX_core_PersonChanges_RegionId",
                table: "core_PersonChanges",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_PersonChanges_RegionId_PersonId",
                table: "core_PersonChanges",
                columns: new[] { "RegionId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_core_PersonMerges_RegionId",
                table: "core_PersonMerges",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_Persons_RegionId",
                table: "core_Persons",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_Persons_RegionId_Bsn",
                table: "core_Persons",
                columns: new[] { "RegionId", "Bsn" });

            migrationBuilder.CreateIndex(
                name: "IX_core_Persons_RegionId_Geboortedatum",
                table: "core_Persons",
                columns: new[] { "RegionId", "Geboortedatum" });

            migrationBuilder.CreateIndex(
                name: "IX_core_Persons_RegionId_ZoekAchternaam",
                table: "core_Persons",
                columns: new[] { "RegionId", "ZoekAchternaam" });

            migrationBuilder.CreateIndex(
                name: "IX_core_Regions_Key",
                table: "core_Regions",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "core_ContractChanges");

            migrationBuilder.DropTable(
                name: "core_ContractGemeenten");

            migrationBuilder.DropTable(
                name: "core_Districts");

            migrationBuilder.DropTable(
                name: "core_Gemeenten");

            migrationBuilder.DropTable(
                name: "core_OutboxMessages");

            migrationBuilder.DropTable(
                name: "core_PersonAliases");

            migrationBuilder.DropTable(
                name: "core_PersonChanges");

            migrationBuilder.DropTable(
                name: "core_PersonMerges");

            migrationBuilder.DropTable(
                name: "core_Regions");

            migrationBuilder.DropTable(
                name: "core_ModuleContracts");

            migrationBuilder.DropTable(
                name: "core_Persons");
        }
    }
}
