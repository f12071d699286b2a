using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Modules.PgaTafel.Migrations.PgaTafel.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pgatafel_Leden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Sinds = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tot = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pgatafel_Leden", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pgatafel_Opschalingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NaarModuleId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SubAanpak = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AanmeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AanmeldingKenmerk = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoorUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pgatafel_Opschalingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pgatafel_OutboxMessages",
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
                    table.PrimaryKey("PK_pgatafel_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pgatafel_Leden_RegionId",
                table: "pgatafel_Leden",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_pgatafel_Leden_RegionId_Tot",
                table: "pgatafel_Leden",
                columns: new[] { "RegionId", "Tot" });

            migrationBuilder.CreateIndex(
                name: "IX_pgatafel_Opschalingen_CasusId",
                table: "pgatafel_Opschalingen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_pgatafel_Opschalingen_RegionId",
                table: "pgatafel_Opschalingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_pgatafel_Opschalingen_RegionId_Datum",
                table: "pgatafel_Opschalingen",
                columns: new[] { "RegionId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_pgatafel_OutboxMessages_ProcessedUtc",
                table: "pgatafel_OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_pgatafel_OutboxMessages_RegionId",
                table: "pgatafel_OutboxMessages",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pgatafel_Leden");

            migrationBuilder.DropTable(
                name: "pgatafel_Opschalingen");

            migrationBuilder.DropTable(
                name: "pgatafel_OutboxMessages");
        }
    }
}
