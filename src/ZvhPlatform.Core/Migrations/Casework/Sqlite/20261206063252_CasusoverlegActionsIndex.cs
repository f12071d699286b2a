using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.Sqlite
{
    /// <inheritdoc />
    public partial class CasusoverlegActionsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_casework_Acties_RegionId_OverlegId",
                table: "casework_Acties",
                columns: new[] { "RegionId", "OverlegId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_casework_Acties_RegionId_OverlegId",
                table: "casework_Acties");
        }
    }
}
