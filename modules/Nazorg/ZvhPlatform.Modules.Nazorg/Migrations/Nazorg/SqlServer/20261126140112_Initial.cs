using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Modules.Nazorg.Migrations.Nazorg.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "nazorg");

            migrationBuilder.CreateTable(
                name: "ImportBestanden",
                schema: "nazorg",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Bestandsnaam = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    Regels = table.Column<int>(type: "int", nullable: false),
                    GeimporteerdUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DoorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBestanden", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Instellingen",
                schema: "nazorg",
                columns: table => new
                {
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ParkerenBuitenContract = table.Column<bool>(type: "bit", nullable: false),
                    LaatsteWaarschuwingOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instellingen", x => x.RegionId);
                });

            migrationBuilder.CreateTable(
                name: "Meldingen",
                schema: "nazorg",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kenmerk = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PersoonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Bsn = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: true),
                    Voornamen = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Achternaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Geboortedatum = table.Column<DateOnly>(type: "date", nullable: true),
                    GemeenteCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Inrichting = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DetentieStart = table.Column<DateOnly>(type: "date", nullable: true),
                    VerwachteOntslagdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Zelfmelder = table.Column<bool>(type: "bit", nullable: false),
                    OntvangenOp = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ParkeerReden = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ToestemmingOp = table.Column<DateOnly>(type: "date", nullable: true),
                    GeweigerdOp = table.Column<DateOnly>(type: "date", nullable: true),
                    OntslagenOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Trajectbegeleider = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TrajectbegeleidingReden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    TrajectbegeleidingVanaf = table.Column<DateOnly>(type: "date", nullable: true),
                    TrajectbegeleidingTot = table.Column<DateOnly>(type: "date", nullable: true),
                    Fasehuis = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    FasehuisVanaf = table.Column<DateOnly>(type: "date", nullable: true),
                    FasehuisTot = table.Column<DateOnly>(type: "date", nullable: true),
                    OpschalingKenmerk = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    OpgeschaaldOp = table.Column<DateOnly>(type: "date", nullable: true),
                    AfgeslotenOp = table.Column<DateOnly>(type: "date", nullable: true),
                    AfsluitReden = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CoordinatorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meldingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "nazorg",
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
                name: "Basisvoorwaarden",
                schema: "nazorg",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeldingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Fase = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Verantwoordelijke = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Datum = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Basisvoorwaarden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Basisvoorwaarden_Meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalSchema: "nazorg",
                        principalTable: "Meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Informatie18b",
                schema: "nazorg",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeldingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Richting = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Grondslag = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DoorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Informatie18b", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Informatie18b_Meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalSchema: "nazorg",
                        principalTable: "Meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Basisvoorwaarden_MeldingId_Soort_Fase",
                schema: "nazorg",
                table: "Basisvoorwaarden",
                columns: new[] { "MeldingId", "Soort", "Fase" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Basisvoorwaarden_RegionId",
                schema: "nazorg",
                table: "Basisvoorwaarden",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBestanden_RegionId",
                schema: "nazorg",
                table: "ImportBestanden",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBestanden_RegionId_Sha256",
                schema: "nazorg",
                table: "ImportBestanden",
                columns: new[] { "RegionId", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Informatie18b_MeldingId",
                schema: "nazorg",
                table: "Informatie18b",
                column: "MeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_Informatie18b_RegionId",
                schema: "nazorg",
                table: "Informatie18b",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Instellingen_RegionId",
                schema: "nazorg",
                table: "Instellingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_RegionId",
                schema: "nazorg",
                table: "Meldingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_RegionId_Bsn",
                schema: "nazorg",
                table: "Meldingen",
                columns: new[] { "RegionId", "Bsn" });

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_RegionId_GemeenteCode_OntvangenOp",
                schema: "nazorg",
                table: "Meldingen",
                columns: new[] { "RegionId", "GemeenteCode", "OntvangenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_RegionId_Kenmerk",
                schema: "nazorg",
                table: "Meldingen",
                columns: new[] { "RegionId", "Kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedUtc",
                schema: "nazorg",
                table: "OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RegionId",
                schema: "nazorg",
                table: "OutboxMessages",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Basisvoorwaarden",
                schema: "nazorg");

            migrationBuilder.DropTable(
                name: "ImportBestanden",
                schema: "nazorg");

            migrationBuilder.DropTable(
                name: "Informatie18b",
                schema: "nazorg");

            migrationBuilder.DropTable(
                name: "Instellingen",
                schema: "nazorg");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "nazorg");

            migrationBuilder.DropTable(
                name: "Meldingen",
                schema: "nazorg");
        }
    }
}
