using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Partners.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partners_Convenantpartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Domein = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_Convenantpartners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "partners_Geheimhoudingsverklaringen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OndertekendOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GeldigTot = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VastgelegdUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_Geheimhoudingsverklaringen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "partners_OutboxMessages",
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
                    table.PrimaryKey("PK_partners_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "partners_Ondertekeningen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Versie = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OndertekendOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OndertekendDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VastgelegdUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_Ondertekeningen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_Ondertekeningen_partners_Convenantpartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "partners_Convenantpartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partners_Professionals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Telefoon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Functie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_Professionals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_Professionals_partners_Convenantpartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "partners_Convenantpartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_partners_Convenantpartners_RegionId",
                table: "partners_Convenantpartners",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Convenantpartners_RegionId_Naam",
                table: "partners_Convenantpartners",
                columns: new[] { "RegionId", "Naam" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_Geheimhoudingsverklaringen_RegionId",
                table: "partners_Geheimhoudingsverklaringen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Geheimhoudingsverklaringen_RegionId_Email",
                table: "partners_Geheimhoudingsverklaringen",
                columns: new[] { "RegionId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_Ondertekeningen_PartnerId",
                table: "partners_Ondertekeningen",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Ondertekeningen_RegionId",
                table: "partners_Ondertekeningen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_OutboxMessages_ProcessedUtc",
                table: "partners_OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_partners_OutboxMessages_RegionId",
                table: "partners_OutboxMessages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Professionals_PartnerId",
                table: "partners_Professionals",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Professionals_RegionId",
                table: "partners_Professionals",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Professionals_RegionId_Email",
                table: "partners_Professionals",
                columns: new[] { "RegionId", "Email" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partners_Geheimhoudingsverklaringen");

            migrationBuilder.DropTable(
                name: "partners_Ondertekeningen");

            migrationBuilder.DropTable(
                name: "partners_OutboxMessages");

            migrationBuilder.DropTable(
                name: "partners_Professionals");

            migrationBuilder.DropTable(
                name: "partners_Convenantpartners");
        }
    }
}
