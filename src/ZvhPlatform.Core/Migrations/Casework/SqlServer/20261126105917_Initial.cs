using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "casework");

            migrationBuilder.CreateTable(
                name: "Bewaarverlengingen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VastgelegdUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bewaarverlengingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Casussen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kenmerk = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ModuleId = table.Column<string>(type: "nvarchar(31)", maxLength: 31, nullable: false),
                    HoofdpersoonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GemeenteCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    Doel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Grondslag = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    GeopendOp = table.Column<DateOnly>(type: "date", nullable: false),
                    AfgeslotenOp = table.Column<DateOnly>(type: "date", nullable: true),
                    AfsluitReden = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    BewarenTot = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Casussen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Noodtoegangen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    VerleendUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VerlooptUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Noodtoegangen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "casework",
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
                name: "Verwijderbewijzen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kenmerk = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ModuleId = table.Column<string>(type: "nvarchar(31)", maxLength: 31, nullable: false),
                    AfgeslotenOp = table.Column<DateOnly>(type: "date", nullable: false),
                    Bewaartermijn = table.Column<int>(type: "int", nullable: false),
                    VerwijderdUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PersonenVerwijderd = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Verwijderbewijzen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CasusPersonen",
                schema: "casework",
                columns: table => new
                {
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rol = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasusPersonen", x => new { x.CasusId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_CasusPersonen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalSchema: "casework",
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Deelnemers",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Organisatie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ToegevoegdUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VerwijderdUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deelnemers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deelnemers_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalSchema: "casework",
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bewaarverlengingen_RegionId",
                schema: "casework",
                table: "Bewaarverlengingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_CasusPersonen_RegionId",
                schema: "casework",
                table: "CasusPersonen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_CasusPersonen_RegionId_PersonId",
                schema: "casework",
                table: "CasusPersonen",
                columns: new[] { "RegionId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId",
                schema: "casework",
                table: "Casussen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId_AfgeslotenOp",
                schema: "casework",
                table: "Casussen",
                columns: new[] { "RegionId", "AfgeslotenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId_Kenmerk",
                schema: "casework",
                table: "Casussen",
                columns: new[] { "RegionId", "Kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deelnemers_CasusId",
                schema: "casework",
                table: "Deelnemers",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Deelnemers_RegionId",
                schema: "casework",
                table: "Deelnemers",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Deelnemers_RegionId_UserId",
                schema: "casework",
                table: "Deelnemers",
                columns: new[] { "RegionId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Noodtoegangen_RegionId",
                schema: "casework",
                table: "Noodtoegangen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Noodtoegangen_RegionId_UserId_CasusId",
                schema: "casework",
                table: "Noodtoegangen",
                columns: new[] { "RegionId", "UserId", "CasusId" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedUtc",
                schema: "casework",
                table: "OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RegionId",
                schema: "casework",
                table: "OutboxMessages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Verwijderbewijzen_RegionId",
                schema: "casework",
                table: "Verwijderbewijzen",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bewaarverlengingen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "CasusPersonen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Deelnemers",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Noodtoegangen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Verwijderbewijzen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Casussen",
                schema: "casework");
        }
    }
}
