using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZvhPlatform.Core.Migrations.Casework.PostgreSql
{
    /// <inheritdoc />
    public partial class OwnerAndTimelineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Acties_RegionId_EigenaarOrganisatie_Status",
                schema: "casework",
                table: "Acties",
                columns: new[] { "RegionId", "EigenaarOrganisatie", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Acties_RegionId_EigenaarUserId_Status",
                schema: "casework",
                table: "Acties",
                columns: new[] { "RegionId", "EigenaarUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_RegionId_CasusId",
                schema: "casework",
                table: "Aanmeldingen",
                columns: new[] { "RegionId", "CasusId" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_RegionId_IngediendDoorUserId_OntvangenOp",
                schema: "casework",
                table: "Aanmeldingen",
                columns: new[] { "RegionId", "IngediendDoorUserId", "OntvangenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_RegionId_PersonId",
                schema: "casework",
                table: "Aanmeldingen",
                columns: new[] { "RegionId", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Acties_RegionId_EigenaarOrganisatie_Status",
                schema: "casework",
                table: "Acties");

            migrationBuilder.DropIndex(
                name: "IX_Acties_RegionId_EigenaarUserId_Status",
                schema: "casework",
                table: "Acties");

            migrationBuilder.DropIndex(
                name: "IX_Aanmeldingen_RegionId_CasusId",
                schema: "casework",
                table: "Aanmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_Aanmeldingen_RegionId_IngediendDoorUserId_OntvangenOp",
                schema: "casework",
                table: "Aanmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_Aanmeldingen_RegionId_PersonId",
                schema: "casework",
                table: "Aanmeldingen");
        }
    }
}
