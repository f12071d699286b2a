using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.Sqlite
{
    /// <inheritdoc />
    public partial class OwnerAndTimelineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_casework_Acties_RegionId_EigenaarOrganisatie_Status",
                table: "casework_Acties",
                columns: new[] { "RegionId", "EigenaarOrganisatie", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Acties_RegionId_EigenaarUserId_Status",
                table: "casework_Acties",
                columns: new[] { "RegionId", "EigenaarUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Aanmeldingen_RegionId_CasusId",
                table: "casework_Aanmeldingen",
                columns: new[] { "RegionId", "CasusId" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Aanmeldingen_RegionId_IngediendDoorUserId_OntvangenOp",
                table: "casework_Aanmeldingen",
                columns: new[] { "RegionId", "IngediendDoorUserId", "OntvangenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_casework_Aanmeldingen_RegionId_PersonId",
                table: "casework_Aanmeldingen",
                columns: new[] { "RegionId", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_casework_Acties_RegionId_EigenaarOrganisatie_Status",
                table: "casework_Acties");

            migrationBuilder.DropIndex(
                name: "IX_casework_Acties_RegionId_EigenaarUserId_Status",
                table: "casework_Acties");

            migrationBuilder.DropIndex(
                name: "IX_casework_Aanmeldingen_RegionId_CasusId",
                table: "casework_Aanmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_casework_Aanmeldingen_RegionId_IngediendDoorUserId_OntvangenOp",
                table: "casework_Aanmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_casework_Aanmeldingen_RegionId_PersonId",
                table: "casework_Aanmeldingen");
        }
    }
}
