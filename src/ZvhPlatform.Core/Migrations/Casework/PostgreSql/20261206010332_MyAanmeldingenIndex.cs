using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.PostgreSql
{
    /// <inheritdoc />
    public partial class MyAanmeldingenIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_RegionId_IngediendDoorUserId_OntvangenOp",
                schema: "casework",
                table: "Aanmeldingen",
                columns: new[] { "RegionId", "IngediendDoorUserId", "OntvangenOp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Aanmeldingen_RegionId_IngediendDoorUserId_OntvangenOp",
                schema: "casework",
                table: "Aanmeldingen");
        }
    }
}
