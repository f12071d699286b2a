using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Modules.CoVeCa.Migrations.CoVeCa.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "coveca_Casussen",
                columns: table => new
                {
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlaatsingSubAanpak = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PlaatsingPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlaatsingPartnerNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlaatsingPartnerType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    GeplaatstOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SelectieIngevuldOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AfsluitingIngevuldOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coveca_Casussen", x => x.CasusId);
                });

            migrationBuilder.CreateTable(
                name: "coveca_Criteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Volgorde = table.Column<int>(type: "INTEGER", nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coveca_Criteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "coveca_OutboxMessages",
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
                    table.PrimaryKey("PK_coveca_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "coveca_ChecklistAntwoorden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriteriumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Voldaan = table.Column<bool>(type: "INTEGER", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DoorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VastgelegdUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coveca_ChecklistAntwoorden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coveca_ChecklistAntwoorden_coveca_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "coveca_Casussen",
                        principalColumn: "CasusId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_coveca_Casussen_RegionId",
                table: "coveca_Casussen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_coveca_ChecklistAntwoorden_CasusId_CriteriumId",
                table: "coveca_ChecklistAntwoorden",
                columns: new[] { "CasusId", "CriteriumId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_coveca_ChecklistAntwoorden_RegionId",
                table: "coveca_ChecklistAntwoorden",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_coveca_Criteria_RegionId",
                table: "coveca_Criteria",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_coveca_Criteria_RegionId_Soort_Tekst",
                table: "coveca_Criteria",
                columns: new[] { "RegionId", "Soort", "Tekst" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_coveca_OutboxMessages_ProcessedUtc",
                table: "coveca_OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_coveca_OutboxMessages_RegionId",
                table: "coveca_OutboxMessages",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coveca_ChecklistAntwoorden");

            migrationBuilder.DropTable(
                name: "coveca_Criteria");

            migrationBuilder.DropTable(
                name: "coveca_OutboxMessages");

            migrationBuilder.DropTable(
                name: "coveca_Casussen");
        }
    }
}
