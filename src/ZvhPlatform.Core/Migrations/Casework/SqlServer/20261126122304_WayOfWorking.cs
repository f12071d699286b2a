using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.SqlServer
{
    /// <inheritdoc />
    public partial class WayOfWorking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "NamensPartnerId",
                schema: "casework",
                table: "Deelnemers",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "VasteVertegenwoordiger",
                schema: "casework",
                table: "Deelnemers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "AanmeldingId",
                schema: "casework",
                table: "Casussen",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CasushouderOrganisatie",
                schema: "casework",
                table: "Casussen",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CasushouderPartnerId",
                schema: "casework",
                table: "Casussen",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Evaluatie",
                schema: "casework",
                table: "Casussen",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProcesregisseurId",
                schema: "casework",
                table: "Casussen",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProcesregisseurNaam",
                schema: "casework",
                table: "Casussen",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                schema: "casework",
                table: "Casussen",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "InRegie");

            migrationBuilder.AddColumn<string>(
                name: "SubAanpak",
                schema: "casework",
                table: "Casussen",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Aanmeldingen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kenmerk = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ExternId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ModuleId = table.Column<string>(type: "nvarchar(31)", maxLength: 31, nullable: false),
                    SubAanpak = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    OntvangenOp = table.Column<DateOnly>(type: "date", nullable: false),
                    Route = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    VerwijzerPartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VerwijzerOrganisatie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VerwijzerNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    VerwijzerContact = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    IngediendDoorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VerwijzendeRegioId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VerwijzendeRegioNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Bsn = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: true),
                    Voornamen = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Achternaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Adres = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    GemeenteCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    Reden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DoelCasusoverleg = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    TeUitnodigenPartners = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PersoonGeinformeerd = table.Column<bool>(type: "bit", nullable: false),
                    NietGeinformeerdReden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Hoofdonderwerp = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ProblematiekGgz = table.Column<bool>(type: "bit", nullable: false),
                    ProblematiekLvb = table.Column<bool>(type: "bit", nullable: false),
                    ProblematiekVerslaving = table.Column<bool>(type: "bit", nullable: false),
                    MinderjarigenInSysteem = table.Column<bool>(type: "bit", nullable: false),
                    Gemeentegrens = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TerugkoppelingAanVerwijzer = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aanmeldingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Acties",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OverlegId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Omschrijving = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    EigenaarOrganisatie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EigenaarUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AfgerondOp = table.Column<DateOnly>(type: "date", nullable: true),
                    LaatstHerinnerdOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Acties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Adviezen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModuleId = table.Column<string>(type: "nvarchar(31)", maxLength: 31, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    AanmeldingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Anoniem = table.Column<bool>(type: "bit", nullable: false),
                    VragerOrganisatie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kanaal = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Vraag = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Antwoord = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Adviezen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Besluiten",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OverlegId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Besluiten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportOpdrachten",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Bestandsnaam = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    Inhoud = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Totaal = table.Column<int>(type: "int", nullable: false),
                    Verwerkt = table.Column<int>(type: "int", nullable: false),
                    Fouten = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AangemaaktUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GereedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportOpdrachten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Interventies",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Actief = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interventies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notificaties",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    AangemaaktUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GelezenUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notificaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Overleggen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModuleId = table.Column<string>(type: "nvarchar(31)", maxLength: 31, nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Aanvang = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Locatie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    GehoudenUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Notulen = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Overleggen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PgaMetingen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Moment = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PgaMetingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Plannen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    GewijzigdUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plannen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanVersies",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    Inhoud = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VastgelegdUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RapportageInstellingen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DoorlooptijdGrenzen = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    MinimumCelgrootte = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RapportageInstellingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Schalingen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Van = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Naar = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Ontvanger = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Toelichting = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schalingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Signalen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Categorie = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Tafel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OverlegId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Afhandeling = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Signalen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatusWijzigingen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Van = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Naar = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Toelichting = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VastgelegdUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusWijzigingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Triages",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AanmeldingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Uitkomst = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AdviesTerug = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AanwezigePartners = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Triages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Werkvoorraad",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sinds = table.Column<DateOnly>(type: "date", nullable: false),
                    Prioriteit = table.Column<int>(type: "int", nullable: false),
                    PrioriteitReden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    GeprioriteerdOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Tot = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Werkvoorraad", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ZsmScenarios",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Context = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Advies = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    OpgesteldOp = table.Column<DateOnly>(type: "date", nullable: false),
                    GeldigTot = table.Column<DateOnly>(type: "date", nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ZsmScenarios", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Agendapunten",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OverlegId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CasusId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Volgorde = table.Column<int>(type: "int", nullable: false),
                    PersoonUitgenodigd = table.Column<bool>(type: "bit", nullable: false),
                    NietUitgenodigdReden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Notities = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agendapunten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agendapunten_Overleggen_OverlegId",
                        column: x => x.OverlegId,
                        principalSchema: "casework",
                        principalTable: "Overleggen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OverlegDeelnemers",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OverlegId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Organisatie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Incidenteel = table.Column<bool>(type: "bit", nullable: false),
                    GeheimhoudingsverklaringId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Aanwezig = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverlegDeelnemers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OverlegDeelnemers_Overleggen_OverlegId",
                        column: x => x.OverlegId,
                        principalSchema: "casework",
                        principalTable: "Overleggen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PgaScores",
                schema: "casework",
                columns: table => new
                {
                    MetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Leefgebied = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Niveau = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PgaScores", x => new { x.MetingId, x.Leefgebied });
                    table.ForeignKey(
                        name: "FK_PgaScores_PgaMetingen_MetingId",
                        column: x => x.MetingId,
                        principalSchema: "casework",
                        principalTable: "PgaMetingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanDoelen",
                schema: "casework",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Leefgebied = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Doel = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Interventie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    VerantwoordelijkePartner = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Startdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Behaald = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanDoelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanDoelen_Plannen_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "casework",
                        principalTable: "Plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TriageAntwoorden",
                schema: "casework",
                columns: table => new
                {
                    TriageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Voldaan = table.Column<bool>(type: "bit", nullable: false),
                    Motivatie = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriageAntwoorden", x => new { x.TriageId, x.Code });
                    table.ForeignKey(
                        name: "FK_TriageAntwoorden_Triages_TriageId",
                        column: x => x.TriageId,
                        principalSchema: "casework",
                        principalTable: "Triages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId_ModuleId_Status_Id",
                schema: "casework",
                table: "Casussen",
                columns: new[] { "RegionId", "ModuleId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId_ProcesregisseurId",
                schema: "casework",
                table: "Casussen",
                columns: new[] { "RegionId", "ProcesregisseurId" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_RegionId",
                schema: "casework",
                table: "Aanmeldingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_RegionId_ExternId",
                schema: "casework",
                table: "Aanmeldingen",
                columns: new[] { "RegionId", "ExternId" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_RegionId_Kenmerk",
                schema: "casework",
                table: "Aanmeldingen",
                columns: new[] { "RegionId", "Kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_RegionId_OntvangenOp",
                schema: "casework",
                table: "Aanmeldingen",
                columns: new[] { "RegionId", "OntvangenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_RegionId_Status_OntvangenOp",
                schema: "casework",
                table: "Aanmeldingen",
                columns: new[] { "RegionId", "Status", "OntvangenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Acties_CasusId",
                schema: "casework",
                table: "Acties",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Acties_RegionId",
                schema: "casework",
                table: "Acties",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Acties_RegionId_Status_Deadline",
                schema: "casework",
                table: "Acties",
                columns: new[] { "RegionId", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Adviezen_RegionId",
                schema: "casework",
                table: "Adviezen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Adviezen_RegionId_Datum",
                schema: "casework",
                table: "Adviezen",
                columns: new[] { "RegionId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_Agendapunten_CasusId",
                schema: "casework",
                table: "Agendapunten",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Agendapunten_OverlegId",
                schema: "casework",
                table: "Agendapunten",
                column: "OverlegId");

            migrationBuilder.CreateIndex(
                name: "IX_Agendapunten_RegionId",
                schema: "casework",
                table: "Agendapunten",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Besluiten_CasusId",
                schema: "casework",
                table: "Besluiten",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Besluiten_RegionId",
                schema: "casework",
                table: "Besluiten",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportOpdrachten_RegionId",
                schema: "casework",
                table: "ImportOpdrachten",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportOpdrachten_RegionId_AangemaaktUtc",
                schema: "casework",
                table: "ImportOpdrachten",
                columns: new[] { "RegionId", "AangemaaktUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Interventies_RegionId",
                schema: "casework",
                table: "Interventies",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventies_RegionId_Naam",
                schema: "casework",
                table: "Interventies",
                columns: new[] { "RegionId", "Naam" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notificaties_RegionId",
                schema: "casework",
                table: "Notificaties",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Notificaties_RegionId_UserId_GelezenUtc",
                schema: "casework",
                table: "Notificaties",
                columns: new[] { "RegionId", "UserId", "GelezenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OverlegDeelnemers_OverlegId",
                schema: "casework",
                table: "OverlegDeelnemers",
                column: "OverlegId");

            migrationBuilder.CreateIndex(
                name: "IX_OverlegDeelnemers_RegionId",
                schema: "casework",
                table: "OverlegDeelnemers",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Overleggen_RegionId",
                schema: "casework",
                table: "Overleggen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Overleggen_RegionId_Aanvang",
                schema: "casework",
                table: "Overleggen",
                columns: new[] { "RegionId", "Aanvang" });

            migrationBuilder.CreateIndex(
                name: "IX_PgaMetingen_CasusId",
                schema: "casework",
                table: "PgaMetingen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_PgaMetingen_RegionId",
                schema: "casework",
                table: "PgaMetingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_PgaMetingen_RegionId_Datum",
                schema: "casework",
                table: "PgaMetingen",
                columns: new[] { "RegionId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanDoelen_PlanId",
                schema: "casework",
                table: "PlanDoelen",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanDoelen_RegionId",
                schema: "casework",
                table: "PlanDoelen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Plannen_CasusId",
                schema: "casework",
                table: "Plannen",
                column: "CasusId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plannen_RegionId",
                schema: "casework",
                table: "Plannen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersies_PlanId_Versie",
                schema: "casework",
                table: "PlanVersies",
                columns: new[] { "PlanId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersies_RegionId",
                schema: "casework",
                table: "PlanVersies",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_RapportageInstellingen_RegionId",
                schema: "casework",
                table: "RapportageInstellingen",
                column: "RegionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Schalingen_CasusId",
                schema: "casework",
                table: "Schalingen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Schalingen_RegionId",
                schema: "casework",
                table: "Schalingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Signalen_RegionId",
                schema: "casework",
                table: "Signalen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Signalen_RegionId_Status",
                schema: "casework",
                table: "Signalen",
                columns: new[] { "RegionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusWijzigingen_CasusId",
                schema: "casework",
                table: "StatusWijzigingen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_StatusWijzigingen_RegionId",
                schema: "casework",
                table: "StatusWijzigingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_StatusWijzigingen_RegionId_Datum",
                schema: "casework",
                table: "StatusWijzigingen",
                columns: new[] { "RegionId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_Triages_AanmeldingId",
                schema: "casework",
                table: "Triages",
                column: "AanmeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_Triages_RegionId",
                schema: "casework",
                table: "Triages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Werkvoorraad_CasusId",
                schema: "casework",
                table: "Werkvoorraad",
                column: "CasusId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Werkvoorraad_RegionId",
                schema: "casework",
                table: "Werkvoorraad",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Werkvoorraad_RegionId_Tot_Prioriteit",
                schema: "casework",
                table: "Werkvoorraad",
                columns: new[] { "RegionId", "Tot", "Prioriteit" });

            migrationBuilder.CreateIndex(
                name: "IX_ZsmScenarios_RegionId",
                schema: "casework",
                table: "ZsmScenarios",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ZsmScenarios_RegionId_PersonId",
                schema: "casework",
                table: "ZsmScenarios",
                columns: new[] { "RegionId", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Aanmeldingen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Acties",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Adviezen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Agendapunten",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Besluiten",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "ImportOpdrachten",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Interventies",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Notificaties",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "OverlegDeelnemers",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "PgaScores",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "PlanDoelen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "PlanVersies",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "RapportageInstellingen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Schalingen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Signalen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "StatusWijzigingen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "TriageAntwoorden",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Werkvoorraad",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "ZsmScenarios",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Overleggen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "PgaMetingen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Plannen",
                schema: "casework");

            migrationBuilder.DropTable(
                name: "Triages",
                schema: "casework");

            migrationBuilder.DropIndex(
                name: "IX_Casussen_RegionId_ModuleId_Status_Id",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.DropIndex(
                name: "IX_Casussen_RegionId_ProcesregisseurId",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "NamensPartnerId",
                schema: "casework",
                table: "Deelnemers");

            migrationBuilder.DropColumn(
                name: "VasteVertegenwoordiger",
                schema: "casework",
                table: "Deelnemers");

            migrationBuilder.DropColumn(
                name: "AanmeldingId",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "CasushouderOrganisatie",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "CasushouderPartnerId",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "Evaluatie",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "ProcesregisseurId",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "ProcesregisseurNaam",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "Status",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "SubAanpak",
                schema: "casework",
                table: "Casussen");
        }
    }
}
