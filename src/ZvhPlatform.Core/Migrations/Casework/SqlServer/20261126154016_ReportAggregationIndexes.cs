using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.SqlServer
{
    /// <inheritdoc />
    public partial class ReportAggregationIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatusWijzigingen_CasusId",
                schema: "casework",
                table: "StatusWijzigingen");

            migrationBuilder.CreateIndex(
                name: "IX_StatusWijzigingen_CasusId_Datum_Naar_Van_RegionId_VastgelegdUtc",
                schema: "casework",
                table: "StatusWijzigingen",
                columns: new[] { "CasusId", "Datum", "Naar", "Van", "RegionId", "VastgelegdUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId_ModuleId",
                schema: "casework",
                table: "Casussen",
                columns: new[] { "RegionId", "ModuleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatusWijzigingen_CasusId_Datum_Naar_Van_RegionId_VastgelegdUtc",
                schema: "casework",
                table: "StatusWijzigingen");

            migrationBuilder.DropIndex(
                name: "IX_Casussen_RegionId_ModuleId",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.CreateIndex(
                name: "IX_StatusWijzigingen_CasusId",
                schema: "casework",
                table: "StatusWijzigingen",
                column: "CasusId");
        }
    }
}
