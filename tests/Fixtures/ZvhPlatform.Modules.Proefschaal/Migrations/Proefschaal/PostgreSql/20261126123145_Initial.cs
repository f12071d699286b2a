using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Modules.Proefschaal.Migrations.Proefschaal.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "proefschaal");

            migrationBuilder.CreateTable(
                name: "Effecten",
                schema: "proefschaal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Stap = table.Column<int>(type: "integer", nullable: false),
                    ProcessId = table.Column<int>(type: "integer", nullable: false),
                    GereedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Effecten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "proefschaal",
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
                name: "Uitvoeringen",
                schema: "proefschaal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Taak = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProcessId = table.Column<int>(type: "integer", nullable: false),
                    GestartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Uitvoeringen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Effecten_RegionId",
                schema: "proefschaal",
                table: "Effecten",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Effecten_Sleutel_Stap",
                schema: "proefschaal",
                table: "Effecten",
                columns: new[] { "Sleutel", "Stap" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedUtc",
                schema: "proefschaal",
                table: "OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RegionId",
                schema: "proefschaal",
                table: "OutboxMessages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Uitvoeringen_RegionId",
                schema: "proefschaal",
                table: "Uitvoeringen",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Effecten",
                schema: "proefschaal");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "proefschaal");

            migrationBuilder.DropTable(
                name: "Uitvoeringen",
                schema: "proefschaal");
        }
    }
}
