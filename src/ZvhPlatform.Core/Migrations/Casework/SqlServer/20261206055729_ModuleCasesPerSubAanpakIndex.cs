using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.SqlServer
{
    /// <inheritdoc />
    public partial class ModuleCasesPerSubAanpakIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Casussen_RegionId_ModuleId",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId_ModuleId_SubAanpak_GeopendOp_Kenmerk",
                schema: "casework",
                table: "Casussen",
                columns: new[] { "RegionId", "ModuleId", "SubAanpak", "GeopendOp", "Kenmerk" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Casussen_RegionId_ModuleId_SubAanpak_GeopendOp_Kenmerk",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId_ModuleId",
                schema: "casework",
                table: "Casussen",
                columns: new[] { "RegionId", "ModuleId" });
        }
    }
}
