using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.Sqlite
{
    /// <inheritdoc />
    public partial class ImportAdditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Verslag",
                table: "casework_ImportOpdrachten",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternId",
                table: "casework_Casussen",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_casework_Casussen_RegionId_ExternId",
                table: "casework_Casussen",
                columns: new[] { "RegionId", "ExternId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_casework_Casussen_RegionId_ExternId",
                table: "casework_Casussen");

            migrationBuilder.DropColumn(
                name: "Verslag",
                table: "casework_ImportOpdrachten");

            migrationBuilder.DropColumn(
                name: "ExternId",
                table: "casework_Casussen");
        }
    }
}
