using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Modules.Nazorg.Migrations.Nazorg.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nazorg_ImportBestanden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Bestandsnaam = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Regels = table.Column<int>(type: "INTEGER", nullable: false),
                    GeimporteerdUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoorUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nazorg_ImportBestanden", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nazorg_Instellingen",
                columns: table => new
                {
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkerenBuitenContract = table.Column<bool>(type: "INTEGER", nullable: false),
                    LaatsteWaarschuwingOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nazorg_Instellingen", x => x.RegionId);
                });

            migrationBuilder.CreateTable(
                name: "nazorg_Meldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kenmerk = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersoonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bsn = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Voornamen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Achternaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Geboortedatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Inrichting = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DetentieStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerwachteOntslagdatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Zelfmelder = table.Column<bool>(type: "INTEGER", nullable: false),
                    OntvangenOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParkeerReden = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ToestemmingOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GeweigerdOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OntslagenOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Trajectbegeleider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TrajectbegeleidingReden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TrajectbegeleidingVanaf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrajectbegeleidingTot = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Fasehuis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FasehuisVanaf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FasehuisTot = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpschalingKenmerk = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OpgeschaaldOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AfgeslotenOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AfsluitReden = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CoordinatorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nazorg_Meldingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nazorg_OutboxMessages",
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
                    table.PrimaryKey("PK_nazorg_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nazorg_Basisvoorwaarden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Fase = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Verantwoordelijke = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nazorg_Basisvoorwaarden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nazorg_Basisvoorwaarden_nazorg_Meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "nazorg_Meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nazorg_Informatie18b",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Richting = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Grondslag = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DoorUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nazorg_Informatie18b", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nazorg_Informatie18b_nazorg_Meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "nazorg_Meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_Basisvoorwaarden_MeldingId_Soort_Fase",
                table: "nazorg_Basisvoorwaarden",
                columns: new[] { "MeldingId", "Soort", "Fase" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_Basisvoorwaarden_RegionId",
                table: "nazorg_Basisvoorwaarden",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_ImportBestanden_RegionId",
                table: "nazorg_ImportBestanden",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_ImportBestanden_RegionId_Sha256",
                table: "nazorg_ImportBestanden",
                columns: new[] { "RegionId", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_Informatie18b_MeldingId",
                table: "nazorg_Informatie18b",
                column: "MeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_Informatie18b_RegionId",
                table: "nazorg_Informatie18b",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_Instellingen_RegionId",
                table: "nazorg_Instellingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_Meldingen_RegionId",
                table: "nazorg_Meldingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_Meldingen_RegionId_Bsn",
                table: "nazorg_Meldingen",
                columns: new[] { "RegionId", "Bsn" });

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_Meldingen_RegionId_GemeenteCode_OntvangenOp",
                table: "nazorg_Meldingen",
                columns: new[] { "RegionId", "GemeenteCode", "OntvangenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_Meldingen_RegionId_Kenmerk",
                table: "nazorg_Meldingen",
                columns: new[] { "RegionId", "Kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_OutboxMessages_ProcessedUtc",
                table: "nazorg_OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_nazorg_OutboxMessages_RegionId",
                table: "nazorg_OutboxMessages",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nazorg_Basisvoorwaarden");

            migrationBuilder.DropTable(
                name: "nazorg_ImportBestanden");

            migrationBuilder.DropTable(
                name: "nazorg_Informatie18b");

            migrationBuilder.DropTable(
                name: "nazorg_Instellingen");

            migrationBuilder.DropTable(
                name: "nazorg_OutboxMessages");

            migrationBuilder.DropTable(
                name: "nazorg_Meldingen");
        }
    }
}
