using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Partners.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "partners");

            migrationBuilder.CreateTable(
                name: "Convenantpartners",
                schema: "partners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Domein = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GemeenteCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Actief = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Convenantpartners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Geheimhoudingsverklaringen",
                schema: "partners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisatie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OndertekendOp = table.Column<DateOnly>(type: "date", nullable: false),
                    GeldigTot = table.Column<DateOnly>(type: "date", nullable: true),
                    VastgelegdUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Geheimhoudingsverklaringen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "partners",
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
                name: "Ondertekeningen",
                schema: "partners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Document = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Versie = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OndertekendOp = table.Column<DateOnly>(type: "date", nullable: false),
                    OndertekendDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VastgelegdUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ondertekeningen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ondertekeningen_Convenantpartners_PartnerId",
                        column: x => x.PartnerId,
                        principalSchema: "partners",
                        principalTable: "Convenantpartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Professionals",
                schema: "partners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Telefoon = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Functie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Actief = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Professionals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Professionals_Convenantpartners_PartnerId",
                        column: x => x.PartnerId,
                        principalSchema: "partners",
                        principalTable: "Convenantpartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Convenantpartners_RegionId",
                schema: "partners",
                table: "Convenantpartners",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Convenantpartners_RegionId_Naam",
                schema: "partners",
                table: "Convenantpartners",
                columns: new[] { "RegionId", "Naam" });

            migrationBuilder.CreateIndex(
                name: "IX_Geheimhoudingsverklaringen_RegionId",
                schema: "partners",
                table: "Geheimhoudingsverklaringen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Geheimhoudingsverklaringen_RegionId_Email",
                schema: "partners",
                table: "Geheimhoudingsverklaringen",
                columns: new[] { "RegionId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Ondertekeningen_PartnerId",
                schema: "partners",
                table: "Ondertekeningen",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Ondertekeningen_RegionId",
                schema: "partners",
                table: "Ondertekeningen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedUtc",
                schema: "partners",
                table: "OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RegionId",
                schema: "partners",
                table: "OutboxMessages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Professionals_PartnerId",
                schema: "partners",
                table: "Professionals",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Professionals_RegionId",
                schema: "partners",
                table: "Professionals",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Professionals_RegionId_Email",
                schema: "partners",
                table: "Professionals",
                columns: new[] { "RegionId", "Email" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Geheimhoudingsverklaringen",
                schema: "partners");

            migrationBuilder.DropTable(
                name: "Ondertekeningen",
                schema: "partners");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "partners");

            migrationBuilder.DropTable(
                name: "Professionals",
                schema: "partners");

            migrationBuilder.DropTable(
                name: "Convenantpartners",
                schema: "partners");
        }
    }
}
