using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Audit.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_AccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OnBehalfOf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 31, nullable: false),
                    Emergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_AccessLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_OutboxMessages",
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
                    table.PrimaryKey("PK_audit_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_AccessLogPersons",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_AccessLogPersons", x => new { x.EntryId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_audit_AccessLogPersons_audit_AccessLog_EntryId",
                        column: x => x.EntryId,
                        principalTable: "audit_AccessLog",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_AccessLog_RegionId",
                table: "audit_AccessLog",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_AccessLog_RegionId_Sequence",
                table: "audit_AccessLog",
                columns: new[] { "RegionId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_AccessLog_RegionId_UserId_OccurredUtc",
                table: "audit_AccessLog",
                columns: new[] { "RegionId", "UserId", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_AccessLogPersons_RegionId",
                table: "audit_AccessLogPersons",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_AccessLogPersons_RegionId_PersonId_OccurredUtc",
                table: "audit_AccessLogPersons",
                columns: new[] { "RegionId", "PersonId", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_OutboxMessages_ProcessedUtc",
                table: "audit_OutboxMessages",
                column: "ProcessedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_audit_OutboxMessages_RegionId",
                table: "audit_OutboxMessages",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_AccessLogPersons");

            migrationBuilder.DropTable(
                name: "audit_OutboxMessages");

            migrationBuilder.DropTable(
                name: "audit_AccessLog");
        }
    }
}
