using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.Sqlite
{
    /// <inheritdoc />
    public partial class WayOfWorking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "NamensPartnerId",
                table: "casework_Deelnemers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "VasteVertegenwoordiger",
                table: "casework_Deelnemers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "AanmeldingId",
                table: "casework_Casussen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CasushouderOrganisatie",
                table: "casework_Casussen",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CasushouderPartnerId",
                table: "casework_Casussen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Evaluatie",
                table: "casework_Casussen",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProcesregisseurId",
                table: "casework_Casussen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProcesregisseurNaam",
                table: "casework_Casussen",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "casework_Casussen",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "InRegie");

            migrationBuilder.AddColumn<string>(
                name: "SubAanpak",
                table: "casework_Casussen",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "casework_Aanmeldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kenmerk = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExternId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    SubAanpak = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OntvangenOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VerwijzerPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerwijzerOrganisatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VerwijzerNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VerwijzerContact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IngediendDoorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerwijzendeRegioId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerwijzendeRegioNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Bsn = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Voornamen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Achternaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Adres = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DoelCasusoverleg = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TeUitnodigenPartners = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PersoonGeinformeerd = table.Column<bool>(type: "INTEGER", nullable: false),
                    NietGeinformeerdReden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Hoofdonderwerp = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProblematiekGgz = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProblematiekLvb = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProblematiekVerslaving = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinderjarigenInSysteem = table.Column<bool>(type: "INTEGER", nullable: false),
                    Gemeentegrens = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TerugkoppelingAanVerwijzer = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Aanmeldingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Acties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OverlegId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EigenaarOrganisatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EigenaarUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AfgerondOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LaatstHerinnerdOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Acties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Adviezen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AanmeldingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Anoniem = table.Column<bool>(type: "INTEGER", nullable: false),
                    VragerOrganisatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kanaal = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Vraag = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Antwoord = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Adviezen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Besluiten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OverlegId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Besluiten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_ImportOpdrachten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bestandsnaam = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Inhoud = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Totaal = table.Column<int>(type: "INTEGER", nullable: false),
                    Verwerkt = table.Column<int>(type: "INTEGER", nullable: false),
                    Fouten = table.Column<string>(type: "TEXT", nullable: true),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AangemaaktUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GereedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_ImportOpdrachten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Interventies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Interventies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Notificaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AangemaaktUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GelezenUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Notificaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Overleggen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Aanvang = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Locatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GehoudenUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Notulen = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Overleggen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_PgaMetingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Moment = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_PgaMetingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Plannen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GewijzigdUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Plannen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_PlanVersies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Inhoud = table.Column<string>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VastgelegdUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_PlanVersies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_RapportageInstellingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DoorlooptijdGrenzen = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MinimumCelgrootte = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_RapportageInstellingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Schalingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Van = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Naar = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Ontvanger = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Schalingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Signalen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Categorie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Tafel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OverlegId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Afhandeling = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Signalen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_StatusWijzigingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Van = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Naar = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VastgelegdUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_StatusWijzigingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Triages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AanmeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Uitkomst = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AdviesTerug = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AanwezigePartners = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Triages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Werkvoorraad",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sinds = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Prioriteit = table.Column<int>(type: "INTEGER", nullable: false),
                    PrioriteitReden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GeprioriteerdOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Tot = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Werkvoorraad", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_ZsmScenarios",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Context = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Advies = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OpgesteldOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GeldigTot = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_ZsmScenarios", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "casework_Agendapunten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OverlegId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Volgorde = table.Column<int>(type: "INTEGER", nullable: false),
                    PersoonUitgenodigd = table.Column<bool>(type: "INTEGER", nullable: false),
                    NietUitgenodigdReden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Notities = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_Agendapunten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_casework_Agendapunten_casework_Overleggen_OverlegId",
                        column: x => x.OverlegId,
                        principalTable: "casework_Overleggen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "casework_OverlegDeelnemers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OverlegId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Incidenteel = table.Column<bool>(type: "INTEGER", nullable: false),
                    GeheimhoudingsverklaringId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Aanwezig = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_OverlegDeelnemers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_casework_OverlegDeelnemers_casework_Overleggen_OverlegId",
                        column: x => x.OverlegId,
                        principalTable: "casework_Overleggen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "casework_PgaScores",
                columns: table => new
                {
                    MetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Leefgebied = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Niveau = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_PgaScores", x => new { x.MetingId, x.Leefgebied });
                    table.ForeignKey(
                        name: "FK_casework_PgaScores_casework_PgaMetingen_MetingId",
                        column: x => x.MetingId,
                        principalTable: "casework_PgaMetingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "casework_PlanDoelen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Leefgebied = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Doel = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Interventie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VerantwoordelijkePartner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Startdatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Einddatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Behaald = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_PlanDoelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_casework_PlanDoelen_casework_Plannen_PlanId",
                        column: x => x.PlanId,
                        principalTable: "casework_Plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "casework_TriageAntwoorden",
                columns: table => new
                {
                    TriageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Voldaan = table.Column<bool>(type: "INTEGER", nullable: false),
                    Motivatie = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_casework_TriageAntwoorden", x => new { x.TriageId, x.Code });
                    table.ForeignKey(
                        name: "FK_casework_TriageAntwoorden_casework_Triages_TriageId",
                        column: x => x.TriageId,
                        principalTable: "casework_Triages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Casussen_RegionId_ModuleId_Status_Id",
                table: "casework_Casussen",
                columns: new[] { "RegionId", "ModuleId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Casussen_RegionId_ProcesregisseurId",
                table: "casework_Casussen",
                columns: new[] { "RegionId", "ProcesregisseurId" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Aanmeldingen_RegionId",
                table: "casework_Aanmeldingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Aanmeldingen_RegionId_ExternId",
                table: "casework_Aanmeldingen",
                columns: new[] { "RegionId", "ExternId" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Aanmeldingen_RegionId_Kenmerk",
                table: "casework_Aanmeldingen",
                columns: new[] { "RegionId", "Kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_casework_Aanmeldingen_RegionId_OntvangenOp",
                table: "casework_Aanmeldingen",
                columns: new[] { "RegionId", "OntvangenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Aanmeldingen_RegionId_Status_OntvangenOp",
                table: "casework_Aanmeldingen",
                columns: new[] { "RegionId", "Status", "OntvangenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Acties_CasusId",
                table: "casework_Acties",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Acties_RegionId",
                table: "casework_Acties",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Acties_RegionId_Status_Deadline",
                table: "casework_Acties",
                columns: new[] { "RegionId", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Adviezen_RegionId",
                table: "casework_Adviezen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Adviezen_RegionId_Datum",
                table: "casework_Adviezen",
                columns: new[] { "RegionId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Agendapunten_CasusId",
                table: "casework_Agendapunten",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Agendapunten_OverlegId",
                table: "casework_Agendapunten",
                column: "OverlegId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Agendapunten_RegionId",
                table: "casework_Agendapunten",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Besluiten_CasusId",
                table: "casework_Besluiten",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Besluiten_RegionId",
                table: "casework_Besluiten",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_ImportOpdrachten_RegionId",
                table: "casework_ImportOpdrachten",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_ImportOpdrachten_RegionId_AangemaaktUtc",
                table: "casework_ImportOpdrachten",
                columns: new[] { "RegionId", "AangemaaktUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Interventies_RegionId",
                table: "casework_Interventies",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Interventies_RegionId_Naam",
                table: "casework_Interventies",
                columns: new[] { "RegionId", "Naam" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_casework_Notificaties_RegionId",
                table: "casework_Notificaties",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Notificaties_RegionId_UserId_GelezenUtc",
                table: "casework_Notificaties",
                columns: new[] { "RegionId", "UserId", "GelezenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_OverlegDeelnemers_OverlegId",
                table: "casework_OverlegDeelnemers",
                column: "OverlegId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_OverlegDeelnemers_RegionId",
                table: "casework_OverlegDeelnemers",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Overleggen_RegionId",
                table: "casework_Overleggen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Overleggen_RegionId_Aanvang",
                table: "casework_Overleggen",
                columns: new[] { "RegionId", "Aanvang" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_PgaMetingen_CasusId",
                table: "casework_PgaMetingen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_PgaMetingen_RegionId",
                table: "casework_PgaMetingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_PgaMetingen_RegionId_Datum",
                table: "casework_PgaMetingen",
                columns: new[] { "RegionId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_PlanDoelen_PlanId",
                table: "casework_PlanDoelen",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_PlanDoelen_RegionId",
                table: "casework_PlanDoelen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Plannen_CasusId",
                table: "casework_Plannen",
                column: "CasusId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_casework_Plannen_RegionId",
                table: "casework_Plannen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_PlanVersies_PlanId_Versie",
                table: "casework_PlanVersies",
                columns: new[] { "PlanId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_casework_PlanVersies_RegionId",
                table: "casework_PlanVersies",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_RapportageInstellingen_RegionId",
                table: "casework_RapportageInstellingen",
                column: "RegionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_casework_Schalingen_CasusId",
                table: "casework_Schalingen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Schalingen_RegionId",
                table: "casework_Schalingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Signalen_RegionId",
                table: "casework_Signalen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Signalen_RegionId_Status",
                table: "casework_Signalen",
                columns: new[] { "RegionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_StatusWijzigingen_CasusId",
                table: "casework_StatusWijzigingen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_StatusWijzigingen_RegionId",
                table: "casework_StatusWijzigingen",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_StatusWijzigingen_RegionId_Datum",
                table: "casework_StatusWijzigingen",
                columns: new[] { "RegionId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Triages_AanmeldingId",
                table: "casework_Triages",
                column: "AanmeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Triages_RegionId",
                table: "casework_Triages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Werkvoorraad_CasusId",
                table: "casework_Werkvoorraad",
                column: "CasusId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_casework_Werkvoorraad_RegionId",
                table: "casework_Werkvoorraad",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Werkvoorraad_RegionId_Tot_Prioriteit",
                table: "casework_Werkvoorraad",
                columns: new[] { "RegionId", "Tot", "Prioriteit" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_ZsmScenarios_RegionId",
                table: "casework_ZsmScenarios",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_casework_ZsmScenarios_RegionId_PersonId",
                table: "casework_ZsmScenarios",
                columns: new[] { "RegionId", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "casework_Aanmeldingen");

            migrationBuilder.DropTable(
                name: "casework_Acties");

            migrationBuilder.DropTable(
                name: "casework_Adviezen");

            migrationBuilder.DropTable(
                name: "casework_Agendapunten");

            migrationBuilder.DropTable(
                name: "casework_Besluiten");

            migrationBuilder.DropTable(
                name: "casework_ImportOpdrachten");

            migrationBuilder.DropTable(
                name: "casework_Interventies");

            migrationBuilder.DropTable(
                name: "casework_Notificaties");

            migrationBuilder.DropTable(
                name: "casework_OverlegDeelnemers");

            migrationBuilder.DropTable(
                name: "casework_PgaScores");

            migrationBuilder.DropTable(
                name: "casework_PlanDoelen");

            migrationBuilder.DropTable(
                name: "casework_PlanVersies");

            migrationBuilder.DropTable(
                name: "casework_RapportageInstellingen");

            migrationBuilder.DropTable(
                name: "casework_Schalingen");

            migrationBuilder.DropTable(
                name: "casework_Signalen");

            migrationBuilder.DropTable(
                name: "casework_StatusWijzigingen");

            migrationBuilder.DropTable(
                name: "casework_TriageAntwoorden");

            migrationBuilder.DropTable(
                name: "casework_Werkvoorraad");

            migrationBuilder.DropTable(
                name: "casework_ZsmScenarios");

            migrationBuilder.DropTable(
                name: "casework_Overleggen");

            migrationBuilder.DropTable(
                name: "casework_PgaMetingen");

            migrationBuilder.DropTable(
                name: "casework_Plannen");

            migrationBuilder.DropTable(
                name: "casework_Triages");

            migrationBuilder.DropIndex(
                name: "IX_casework_Casussen_RegionId_ModuleId_Status_Id",
                table: "casework_Casussen");

            migrationBuilder.DropIndex(
                name: "IX_casework_Casussen_RegionId_ProcesregisseurId",
                table: "casework_Casussen");

            migrationBuilder.DropColumn(
                name: "NamensPartnerId",
                table: "casework_Deelnemers");

            migrationBuilder.DropColumn(
                name: "VasteVertegenwoordiger",
                table: "casework_Deelnemers");

            migrationBuilder.DropColumn(
                name: "AanmeldingId",
                table: "casework_Casussen");

            migrationBuilder.DropColumn(
                name: "CasushouderOrganisatie",
                table: "casework_Casussen");

            migrationBuilder.DropColumn(
                name: "CasushouderPartnerId",
                table: "casework_Casussen");

            migrationBuilder.DropColumn(
                name: "Evaluatie",
                table: "casework_Casussen");

            migrationBuilder.DropColumn(
                name: "ProcesregisseurId",
                table: "casework_Casussen");

            migrationBuilder.DropColumn(
                name: "ProcesregisseurNaam",
                table: "casework_Casussen");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "casework_Casussen");

            migrationBuilder.DropColumn(
                name: "SubAanpak",
                table: "casework_Casussen");
        }
    }
}
