using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.Sqlite
{
    /// <inheritdoc />
    public partial class MyAanmeldingenIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_casework_Aanmeldingen_RegionId_IngediendDoorUserId_OntvangenOp",
                table: "casework_Aanmeldingen",
                columns: new[] { "RegionId", "IngediendDoorUserId", "OntvangenOp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_casework_Aanmeldingen_RegionId_IngediendDoorUserId_OntvangenOp",
                table: "casework_Aanmeldingen");
        }
    }
}
