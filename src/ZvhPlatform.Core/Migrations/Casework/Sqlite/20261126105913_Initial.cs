using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "casework_Bewaarverlengingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tot = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VastgelegdUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Bewaarverlengingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Casussen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kenmerk = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    HoofdpersoonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Doel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Grondslag = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    GeopendOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AfgeslotenOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AfsluitReden = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BewarenTot = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Casussen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Noodtoegangen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    VerleendUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerlooptUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Noodtoegangen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_OutboxMessages",
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
                    table.PrimaryKey("PK_casework_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Verwijderbewijzen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kenmerk = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    AfgeslotenOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Bewaartermijn = table.Column<int>(type: "INTEGER", nullable: false),
                    VerwijderdUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PersonenVerwijderd = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Verwijderbewijzen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_CasusPersonen",
                columns: table => new
                {
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_CasusPersonen", x => new { x.CasusId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_casework_CasusPersonen_casework_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "casework_Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "casework_Deelnemers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ToegevoegdUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerwijderdUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Deelnemers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_casework_Deelnemers_casework_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "casework_Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Bewaarverlengingen_RegionId",
                table: "casework_Bewaarverlengingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_CasusPersonen_RegionId",
                table: "casework_CasusPersonen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_CasusPersonen_RegionId_PersonId",
                table: "casework_CasusPersonen",
                columns: new[] { "RegionId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Casussen_RegionId",
                table: "casework_Casussen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Casussen_RegionId_AfgeslotenOp",
                table: "casework_Casussen",
                columns: new[] { "RegionId", "AfgeslotenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Casussen_RegionId_Kenmerk",
                table: "casework_Casussen",
                columns: new[] { "RegionId", "Kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_casework_Deelnemers_CasusId",
                table: "casework_Deelnemers",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Deelnemers_RegionId",
                table: "casework_Deelnemers",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Deelnemers_RegionId_UserId",
                table: "casework_Deelnemers",
                columns: new[] { "RegionId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Noodtoegangen_RegionId",
                table: "casework_Noodtoegangen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Noodtoegangen_RegionId_UserId_CasusId",
                table: "casework_Noodtoegangen",
                columns: new[] { "RegionId", "UserId", "CasusId" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_OutboxMessages_ProcessedUtc",
                table: "casework_OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_casework_OutboxMessages_RegionId",
                table: "casework_OutboxMessages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Verwijderbewijzen_RegionId",
                table: "casework_Verwijderbewijzen",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "casework_Bewaarverlengingen");

            migrationBuilder.DropTable(
                name: "casework_CasusPersonen");

            migrationBuilder.DropTable(
                name: "casework_Deelnemers");

            migrationBuilder.DropTable(
                name: "casework_Noodtoegangen");

            migrationBuilder.DropTable(
                name: "casework_OutboxMessages");

            migrationBuilder.DropTable(
                name: "casework_Verwijderbewijzen");

            migrationBuilder.DropTable(
                name: "casework_Casussen");
        }
    }
}
