using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.SqlServer
{
    /// <inheritdoc />
    public partial class ModulePageAndMeetingIndexes : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_Acties_RegionId_OverlegId",
                schema: "casework",
                table: "Acties",
                columns: new[] { "RegionId", "OverlegId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Casussen_RegionId_ModuleId_SubAanpak_GeopendOp_Kenmerk",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.DropIndex(
                name: "IX_Acties_RegionId_OverlegId",
                schema: "casework",
                table: "Acties");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId_ModuleId",
                schema: "casework",
                table: "Casussen",
                columns: new[] { "RegionId", "ModuleId" });
        }
    }
}
