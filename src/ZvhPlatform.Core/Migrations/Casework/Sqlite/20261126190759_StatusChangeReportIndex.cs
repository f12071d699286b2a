using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.Sqlite
{
    /// <inheritdoc />
    public partial class StatusChangeReportIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_casework_StatusWijzigingen_RegionId_Datum",
                table: "casework_StatusWijzigingen");

            migrationBuilder.CreateIndex(
                name: "IX_casework_StatusWijzigingen_RegionId_Datum_CasusId_Naar_Van",
                table: "casework_StatusWijzigingen",
                columns: new[] { "RegionId", "Datum", "CasusId", "Naar", "Van" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_casework_StatusWijzigingen_RegionId_Datum_CasusId_Naar_Van",
                table: "casework_StatusWijzigingen");

            migrationBuilder.CreateIndex(
                name: "IX_casework_StatusWijzigingen_RegionId_Datum",
                table: "casework_StatusWijzigingen",
                columns: new[] { "RegionId", "Datum" });
        }
    }
}
