using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.PostgreSql
{
    /// <inheritdoc />
    public partial class CasusoverlegActionsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_Acties_RegionId_OverlegId",
                schema: "casework",
                table: "Acties");
        }
    }
}
