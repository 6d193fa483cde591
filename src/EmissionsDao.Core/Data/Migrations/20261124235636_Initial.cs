using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmissionsDao.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChainCheckpoints",
                columns: table => new
                {
                    Stream = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChainId = table.Column<long>(type: "INTEGER", nullable: false),
                    LastProcessedBlock = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainCheckpoints", x => x.Stream);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChainCheckpoints");
        }
    }
}
