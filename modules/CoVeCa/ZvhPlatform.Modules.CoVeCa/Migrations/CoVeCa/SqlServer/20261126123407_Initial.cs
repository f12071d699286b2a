using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Modules.CoVeCa.Migrations.CoVeCa.SqlServer
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
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlaatsingSubAanpak = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PlaatsingPartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PlaatsingPartnerNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PlaatsingPartnerType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Volgorde = table.Column<int>(type: "int", nullable: false),
                    Actief = table.Column<bool>(type: "bit", nullable: false),
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
                name: "ChecklistAntwoorden",
                schema: "coveca",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CriteriumId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Voldaan = table.Column<bool>(type: "bit", nullable: false),
                    Toelichting = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DoorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VastgelegdUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
