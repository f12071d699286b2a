using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Core.Sqlite
{
    /// <inheritdoc />
    public partial class PersonSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_core_Persons_Bsn_RegionId",
                table: "core_Persons",
                columns: new[] { "Bsn", "RegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_core_Persons_Geboortedatum_RegionId",
                table: "core_Persons",
                columns: new[] { "Geboortedatum", "RegionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_core_Persons_Bsn_RegionId",
                table: "core_Persons");

            migrationBuilder.DropIndex(
                name: "IX_core_Persons_Geboortedatum_RegionId",
                table: "core_Persons");
        }
    }
}
