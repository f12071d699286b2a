using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Casussen_RegionId_ModuleId_Status_Id",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId_Status_GeopendOp_Kenmerk",
                schema: "casework",
                table: "Casussen",
                columns: new[] { "RegionId", "Status", "GeopendOp", "Kenmerk" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Casussen_RegionId_Status_GeopendOp_Kenmerk",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId_ModuleId_Status_Id",
                schema: "casework",
                table: "Casussen",
                columns: new[] { "RegionId", "ModuleId", "Status", "Id" });
        }
    }
}
