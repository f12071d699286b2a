using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Modules.Proefschaal.Migrations.Proefschaal.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "proefschaal_Effecten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Stap = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    GereedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proefschaal_Effecten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "proefschaal_OutboxMessages",
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
                    table.PrimaryKey("PK_proefschaal_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "proefschaal_Uitvoeringen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Taak = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    GestartUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proefschaal_Uitvoeringen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_proefschaal_Effecten_RegionId",
                table: "proefschaal_Effecten",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_proefschaal_Effecten_Sleutel_Stap",
                table: "proefschaal_Effecten",
                columns: new[] { "Sleutel", "Stap" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_proefschaal_OutboxMessages_ProcessedUtc",
                table: "proefschaal_OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_proefschaal_OutboxMessages_RegionId",
                table: "proefschaal_OutboxMessages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_proefschaal_Uitvoeringen_RegionId",
                table: "proefschaal_Uitvoeringen",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "proefschaal_Effecten");

            migrationBuilder.DropTable(
                name: "proefschaal_OutboxMessages");

            migrationBuilder.DropTable(
                name: "proefschaal_Uitvoeringen");
        }
    }
}
