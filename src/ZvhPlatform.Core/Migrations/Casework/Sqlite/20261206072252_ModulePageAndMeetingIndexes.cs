using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.Sqlite
{
    /// <inheritdoc />
    public partial class ModulePageAndMeetingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_casework_Casussen_RegionId_ModuleId",
                table: "casework_Casussen");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Casussen_RegionId_ModuleId_SubAanpak_GeopendOp_Kenmerk",
                table: "casework_Casussen",
                columns: new[] { "RegionId", "ModuleId", "SubAanpak", "GeopendOp", "Kenmerk" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Acties_RegionId_OverlegId",
                table: "casework_Acties",
                columns: new[] { "RegionId", "OverlegId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_casework_Casussen_RegionId_ModuleId_SubAanpak_GeopendOp_Kenmerk",
                table: "casework_Casussen");

            migrationBuilder.DropIndex(
                name: "IX_casework_Acties_RegionId_OverlegId",
                table: "casework_Acties");

            migrationBuilder.CreateIndex(
                name: "IX_casework_Casussen_RegionId_ModuleId",
                table: "casework_Casussen",
                columns: new[] { "RegionId", "ModuleId" });
        }
    }
}
