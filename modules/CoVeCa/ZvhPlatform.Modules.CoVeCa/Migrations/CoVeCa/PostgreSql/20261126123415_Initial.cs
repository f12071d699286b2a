using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Modules.CoVeCa.Migrations.CoVeCa.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "coveca");

            migrationBuilder.CreateTable(
                name: "Casussen",
                schema: "coveca",
                columns: table => new
                {
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlaatsingSubAanpak = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PlaatsingPartnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    PlaatsingPartnerNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PlaatsingPartnerType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    GeplaatstOp = table.Column<DateOnly>(type: "date", nullable: true),
                    SelectieIngevuldOp = table.Column<DateOnly>(type: "date", nullable: true),
                    AfsluitingIngevuldOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Casussen", x => x.CasusId);
                });

            migrationBuilder.CreateTable(
                name: "Criteria",
                schema: "coveca",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Actief = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Criteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "coveca",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChecklistAntwoorden",
                schema: "coveca",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    CriteriumId = table.Column<Guid>(type: "uuid", nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Voldaan = table.Column<bool>(type: "boolean", nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DoorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    VastgelegdUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistAntwoorden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChecklistAntwoorden_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalSchema: "coveca",
                        principalTable: "Casussen",
                        principalColumn: "CasusId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId",
                schema: "coveca",
                table: "Casussen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistAntwoorden_CasusId_CriteriumId",
                schema: "coveca",
                table: "ChecklistAntwoorden",
                columns: new[] { "CasusId", "CriteriumId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistAntwoorden_RegionId",
                schema: "coveca",
                table: "ChecklistAntwoorden",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_RegionId",
                schema: "coveca",
                table: "Criteria",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_RegionId_Soort_Tekst",
                schema: "coveca",
                table: "Criteria",
                columns: new[] { "RegionId", "Soort", "Tekst" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedUtc",
                schema: "coveca",
                table: "OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RegionId",
                schema: "coveca",
                table: "OutboxMessages",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChecklistAntwoorden",
                schema: "coveca");

            migrationBuilder.DropTable(
                name: "Criteria",
                schema: "coveca");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "coveca");

            migrationBuilder.DropTable(
                name: "Casussen",
                schema: "coveca");
        }
    }
}
