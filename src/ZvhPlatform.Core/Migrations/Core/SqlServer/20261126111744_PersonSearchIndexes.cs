using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Core.SqlServer
{
    /// <inheritdoc />
    public partial class PersonSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Persons_Bsn_RegionId",
                schema: "core",
                table: "Persons",
                columns: new[] { "Bsn", "RegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Geboortedatum_RegionId",
                schema: "core",
                table: "Persons",
                columns: new[] { "Geboortedatum", "RegionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Persons_Bsn_RegionId",
                schema: "core",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_Geboortedatum_RegionId",
                schema: "core",
                table: "Persons");
        }
    }
}
