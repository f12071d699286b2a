using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Privacy.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_OutboxMessages",
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
                    table.PrimaryKey("PK_privacy_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_ProtocolVersies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersieNummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GeldigVanaf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DpiaReferentie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AangemaaktUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AangemaaktDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VastgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VastgesteldUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_ProtocolVersies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_Verwerkingsbeperkingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SindsUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    VerzoekId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IngesteldDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpgehevenUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OpgehevenDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RedenOpheffing = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_Verwerkingsbeperkingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_Verzoeken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OntvangenOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Termijn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GeregistreerdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeregistreerdUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BehandeldDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_Verzoeken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_ProtocolBewaartermijnen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    MaandenNaAfsluiting = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_ProtocolBewaartermijnen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_privacy_ProtocolBewaartermijnen_privacy_ProtocolVersies_VersieId",
                        column: x => x.VersieId,
                        principalTable: "privacy_ProtocolVersies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "privacy_ProtocolDoelen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    Doel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Grondslag = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_ProtocolDoelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_privacy_ProtocolDoelen_privacy_ProtocolVersies_VersieId",
                        column: x => x.VersieId,
                        principalTable: "privacy_ProtocolVersies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "privacy_ProtocolGegevensdelingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    PartnerType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Categorie = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_ProtocolGegevensdelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_privacy_ProtocolGegevensdelingen_privacy_ProtocolVersies_VersieId",
                        column: x => x.VersieId,
                        principalTable: "privacy_ProtocolVersies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "privacy_ProtocolInformeren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    StandaardInformeren = table.Column<bool>(type: "INTEGER", nullable: false),
                    RedenenNietInformeren = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_ProtocolInformeren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_privacy_ProtocolInformeren_privacy_ProtocolVersies_VersieId",
                        column: x => x.VersieId,
                        principalTable: "privacy_ProtocolVersies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "privacy_VerzoekStatusWijzigingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VerzoekId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GewijzigdUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Van = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Naar = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_VerzoekStatusWijzigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_privacy_VerzoekStatusWijzigingen_privacy_Verzoeken_VerzoekId",
                        column: x => x.VerzoekId,
                        principalTable: "privacy_Verzoeken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_OutboxMessages_ProcessedUtc",
                table: "privacy_OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_OutboxMessages_RegionId",
                table: "privacy_OutboxMessages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ProtocolBewaartermijnen_RegionId",
                table: "privacy_ProtocolBewaartermijnen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ProtocolBewaartermijnen_VersieId",
                table: "privacy_ProtocolBewaartermijnen",
                column: "VersieId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ProtocolDoelen_RegionId",
                table: "privacy_ProtocolDoelen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ProtocolDoelen_VersieId",
                table: "privacy_ProtocolDoelen",
                column: "VersieId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ProtocolGegevensdelingen_RegionId",
                table: "privacy_ProtocolGegevensdelingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ProtocolGegevensdelingen_VersieId",
                table: "privacy_ProtocolGegevensdelingen",
                column: "VersieId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ProtocolInformeren_RegionId",
                table: "privacy_ProtocolInformeren",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ProtocolInformeren_VersieId",
                table: "privacy_ProtocolInformeren",
                column: "VersieId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ProtocolVersies_RegionId",
                table: "privacy_ProtocolVersies",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ProtocolVersies_RegionId_VersieNummer",
                table: "privacy_ProtocolVersies",
                columns: new[] { "RegionId", "VersieNummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_Verwerkingsbeperkingen_RegionId",
                table: "privacy_Verwerkingsbeperkingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_Verwerkingsbeperkingen_RegionId_PersonId_OpgehevenUtc",
                table: "privacy_Verwerkingsbeperkingen",
                columns: new[] { "RegionId", "PersonId", "OpgehevenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_Verzoeken_RegionId",
                table: "privacy_Verzoeken",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_Verzoeken_RegionId_PersonId",
                table: "privacy_Verzoeken",
                columns: new[] { "RegionId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_Verzoeken_RegionId_Status_Termijn",
                table: "privacy_Verzoeken",
                columns: new[] { "RegionId", "Status", "Termijn" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_VerzoekStatusWijzigingen_RegionId",
                table: "privacy_VerzoekStatusWijzigingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_VerzoekStatusWijzigingen_VerzoekId",
                table: "privacy_VerzoekStatusWijzigingen",
                column: "VerzoekId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_OutboxMessages");

            migrationBuilder.DropTable(
                name: "privacy_ProtocolBewaartermijnen");

            migrationBuilder.DropTable(
                name: "privacy_ProtocolDoelen");

            migrationBuilder.DropTable(
                name: "privacy_ProtocolGegevensdelingen");

            migrationBuilder.DropTable(
                name: "privacy_ProtocolInformeren");

            migrationBuilder.DropTable(
                name: "privacy_Verwerkingsbeperkingen");

            migrationBuilder.DropTable(
                name: "privacy_VerzoekStatusWijzigingen");

            migrationBuilder.DropTable(
                name: "privacy_ProtocolVersies");

            migrationBuilder.DropTable(
                name: "privacy_Verzoeken");
        }
    }
}
