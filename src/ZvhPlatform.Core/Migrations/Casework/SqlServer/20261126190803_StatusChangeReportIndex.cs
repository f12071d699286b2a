using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.SqlServer
{
    /// <inheritdoc />
    public partial class StatusChangeReportIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatusWijzigingen_RegionId_Datum",
                schema: "casework",
                table: "StatusWijzigingen");

            migrationBuilder.CreateIndex(
                name: "IX_StatusWijzigingen_RegionId_Datum_CasusId_Naar_Van",
                schema: "casework",
                table: "StatusWijzigingen",
                columns: new[] { "RegionId", "Datum", "CasusId", "Naar", "Van" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatusWijzigingen_RegionId_Datum_CasusId_Naar_Van",
                schema: "casework",
                table: "StatusWijzigingen");

            migrationBuilder.CreateIndex(
                name: "IX_StatusWijzigingen_RegionId_Datum",
                schema: "casework",
                table: "StatusWijzigingen",
                columns: new[] { "RegionId", "Datum" });
        }
    }
}
