using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.SqlServer
{
    /// <inheritdoc />
    public partial class ImportAdditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Verslag",
                schema: "casework",
                table: "ImportOpdrachten",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternId",
                schema: "casework",
                table: "Casussen",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegionId_ExternId",
                schema: "casework",
                table: "Casussen",
                columns: new[] { "RegionId", "ExternId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Casussen_RegionId_ExternId",
                schema: "casework",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "Verslag",
                schema: "casework",
                table: "ImportOpdrachten");

            migrationBuilder.DropColumn(
                name: "ExternId",
                schema: "casework",
                table: "Casussen");
        }
    }
}
