using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.Sqlite
{
    /// <inheritdoc />
    public partial class ReportAggregationIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_casework_StatusWijzigingen_CasusId",
                table: "casework_StatusWijzigingen");

            migrationBuilder.CreateIndex(
                name: "IX_casework_StatusWijzigingen_CasusId_Datum_Naar_Van_RegionId_VastgelegdUtc",
                table: "casework_StatusWijzigingen",
                columns: new[] { "CasusId", "Datum", "Naar", "Van", "RegionId", "VastgelegdUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Casussen_RegionId_ModuleId",
                table: "casework_Casussen",
                columns: new[] { "RegionId", "ModuleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_casework_StatusWijzigingen_CasusId_Datum_Naar_Van_RegionId_VastgelegdUtc",
                table: "casework_StatusWijzigingen");

            migrationBuilder.DropIndex(
                name: "IX_casework_Casussen_RegionId_ModuleId",
                table: "casework_Casussen");

            migrationBuilder.CreateIndex(
                name: "IX_casework_StatusWijzigingen_CasusId",
                table: "casework_StatusWijzigingen",
                column: "CasusId");
        }
    }
}
