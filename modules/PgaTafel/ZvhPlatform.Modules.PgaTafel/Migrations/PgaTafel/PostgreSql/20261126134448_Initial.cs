using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Modules.PgaTafel.Migrations.PgaTafel.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "pgatafel");

            migrationBuilder.CreateTable(
                name: "Leden",
                schema: "pgatafel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisatie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rol = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Sinds = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leden", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Opschalingen",
                schema: "pgatafel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    GemeenteCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    NaarModuleId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SubAanpak = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    AanmeldingId = table.Column<Guid>(type: "uuid", nullable: false),
                    AanmeldingKenmerk = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    DoorUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opschalingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "pgatafel",
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

            migrationBuilder.CreateIndex(
                name: "IX_Leden_RegionId",
                schema: "pgatafel",
                table: "Leden",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Leden_RegionId_Tot",
                schema: "pgatafel",
                table: "Leden",
                columns: new[] { "RegionId", "Tot" });

            migrationBuilder.CreateIndex(
                name: "IX_Opschalingen_CasusId",
                schema: "pgatafel",
                table: "Opschalingen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Opschalingen_RegionId",
                schema: "pgatafel",
                table: "Opschalingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Opschalingen_RegionId_Datum",
                schema: "pgatafel",
                table: "Opschalingen",
                columns: new[] { "RegionId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedUtc",
                schema: "pgatafel",
                table: "OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RegionId",
                schema: "pgatafel",
                table: "OutboxMessages",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Leden",
                schema: "pgatafel");

            migrationBuilder.DropTable(
                name: "Opschalingen",
                schema: "pgatafel");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "pgatafel");
        }
    }
}
