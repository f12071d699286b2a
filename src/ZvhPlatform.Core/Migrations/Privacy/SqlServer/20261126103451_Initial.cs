using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Privacy.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "privacy");

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "privacy",
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
                name: "ProtocolVersies",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VersieNummer = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    GeldigVanaf = table.Column<DateOnly>(type: "date", nullable: true),
                    DpiaReferentie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AangemaaktUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AangemaaktDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VastgesteldDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    VastgesteldUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtocolVersies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Verwerkingsbeperkingen",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SindsUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    VerzoekId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IngesteldDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OpgehevenUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OpgehevenDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RedenOpheffing = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Verwerkingsbeperkingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Verzoeken",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OntvangenOp = table.Column<DateOnly>(type: "date", nullable: false),
                    Termijn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Reden = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    GeregistreerdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    GeregistreerdUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BehandeldDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Verzoeken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProtocolBewaartermijnen",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VersieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModuleId = table.Column<string>(type: "nvarchar(31)", maxLength: 31, nullable: false),
                    MaandenNaAfsluiting = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtocolBewaartermijnen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtocolBewaartermijnen_ProtocolVersies_VersieId",
                        column: x => x.VersieId,
                        principalSchema: "privacy",
                        principalTable: "ProtocolVersies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtocolDoelen",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VersieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModuleId = table.Column<string>(type: "nvarchar(31)", maxLength: 31, nullable: false),
                    Doel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Grondslag = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtocolDoelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtocolDoelen_ProtocolVersies_VersieId",
                        column: x => x.VersieId,
                        principalSchema: "privacy",
                        principalTable: "ProtocolVersies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtocolGegevensdelingen",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VersieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModuleId = table.Column<string>(type: "nvarchar(31)", maxLength: 31, nullable: false),
                    PartnerType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Categorie = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtocolGegevensdelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtocolGegevensdelingen_ProtocolVersies_VersieId",
                        column: x => x.VersieId,
                        principalSchema: "privacy",
                        principalTable: "ProtocolVersies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtocolInformeren",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VersieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModuleId = table.Column<string>(type: "nvarchar(31)", maxLength: 31, nullable: false),
                    StandaardInformeren = table.Column<bool>(type: "bit", nullable: false),
                    RedenenNietInformeren = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtocolInformeren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtocolInformeren_ProtocolVersies_VersieId",
                        column: x => x.VersieId,
                        principalSchema: "privacy",
                        principalTable: "ProtocolVersies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VerzoekStatusWijzigingen",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VerzoekId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GewijzigdUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Van = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Naar = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerzoekStatusWijzigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VerzoekStatusWijzigingen_Verzoeken_VerzoekId",
                        column: x => x.VerzoekId,
                        principalSchema: "privacy",
                        principalTable: "Verzoeken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedUtc",
                schema: "privacy",
                table: "OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RegionId",
                schema: "privacy",
                table: "OutboxMessages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolBewaartermijnen_RegionId",
                schema: "privacy",
                table: "ProtocolBewaartermijnen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolBewaartermijnen_VersieId",
                schema: "privacy",
                table: "ProtocolBewaartermijnen",
                column: "VersieId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolDoelen_RegionId",
                schema: "privacy",
                table: "ProtocolDoelen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolDoelen_VersieId",
                schema: "privacy",
                table: "ProtocolDoelen",
                column: "VersieId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolGegevensdelingen_RegionId",
                schema: "privacy",
                table: "ProtocolGegevensdelingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolGegevensdelingen_VersieId",
                schema: "privacy",
                table: "ProtocolGegevensdelingen",
                column: "VersieId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolInformeren_RegionId",
                schema: "privacy",
                table: "ProtocolInformeren",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolInformeren_VersieId",
                schema: "privacy",
                table: "ProtocolInformeren",
                column: "VersieId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolVersies_RegionId",
                schema: "privacy",
                table: "ProtocolVersies",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolVersies_RegionId_VersieNummer",
                schema: "privacy",
                table: "ProtocolVersies",
                columns: new[] { "RegionId", "VersieNummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Verwerkingsbeperkingen_RegionId",
                schema: "privacy",
                table: "Verwerkingsbeperkingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Verwerkingsbeperkingen_RegionId_PersonId_OpgehevenUtc",
                schema: "privacy",
                table: "Verwerkingsbeperkingen",
                columns: new[] { "RegionId", "PersonId", "OpgehevenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Verzoeken_RegionId",
                schema: "privacy",
                table: "Verzoeken",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Verzoeken_RegionId_PersonId",
                schema: "privacy",
                table: "Verzoeken",
                columns: new[] { "RegionId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Verzoeken_RegionId_Status_Termijn",
                schema: "privacy",
                table: "Verzoeken",
                columns: new[] { "RegionId", "Status", "Termijn" });

            migrationBuilder.CreateIndex(
                name: "IX_VerzoekStatusWijzigingen_RegionId",
                schema: "privacy",
                table: "VerzoekStatusWijzigingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_VerzoekStatusWijzigingen_VerzoekId",
                schema: "privacy",
                table: "VerzoekStatusWijzigingen",
                column: "VerzoekId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "ProtocolBewaartermijnen",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "ProtocolDoelen",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "ProtocolGegevensdelingen",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "ProtocolInformeren",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "Verwerkingsbeperkingen",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "VerzoekStatusWijzigingen",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "ProtocolVersies",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "Verzoeken",
                schema: "privacy");
        }
    }
}
