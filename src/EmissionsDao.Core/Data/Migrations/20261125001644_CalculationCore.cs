using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmissionsDao.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CalculationCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FactorSets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Dataset = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Attribution = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ContentHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    FactorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SeededUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactorSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Subjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerAddress = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Factors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FactorSetId = table.Column<long>(type: "INTEGER", nullable: false),
                    PublisherRowId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ActivityUnit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EmissionUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Factors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Factors_FactorSets_FactorSetId",
                        column: x => x.FactorSetId,
                        principalTable: "FactorSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivityBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    StartDay = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDay = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ActivityDataHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityBatches_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmissionsRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    StartDay = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDay = table.Column<int>(type: "INTEGER", nullable: false),
                    Grams = table.Column<long>(type: "INTEGER", nullable: false),
                    ChainRecordId = table.Column<string>(type: "TEXT", maxLength: 78, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmissionsRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmissionsRecords_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActivityRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartDay = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDay = table.Column<int>(type: "INTEGER", nullable: false),
                    CanonicalJson = table.Column<string>(type: "TEXT", nullable: false),
                    Grams = table.Column<long>(type: "INTEGER", nullable: false),
                    FactorSetKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FactorPublisherRowId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AuditorMustConfirm = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityRows_ActivityBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ActivityBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Calculations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    ActivityDataHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    FactorLibraryHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    FactorLibraryVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MethodVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TotalGrams = table.Column<long>(type: "INTEGER", nullable: false),
                    CalculatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Calculations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Calculations_ActivityBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ActivityBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalculationTotals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CalculationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Grams = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalculationTotals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalculationTotals_Calculations_CalculationId",
                        column: x => x.CalculationId,
                        principalTable: "Calculations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityBatches_SubjectId_StartDay",
                table: "ActivityBatches",
                columns: new[] { "SubjectId", "StartDay" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityRows_BatchId_LineNumber",
                table: "ActivityRows",
                columns: new[] { "BatchId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalculationTotals_CalculationId_Dimension_Key",
                table: "CalculationTotals",
                columns: new[] { "CalculationId", "Dimension", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Calculations_BatchId",
                table: "Calculations",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionsRecords_SubjectId_StartDay",
                table: "EmissionsRecords",
                columns: new[] { "SubjectId", "StartDay" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FactorSets_ContentHash",
                table: "FactorSets",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Factors_FactorSetId_PublisherRowId",
                table: "Factors",
                columns: new[] { "FactorSetId", "PublisherRowId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Subjects_OwnerAddress_Key",
                table: "Subjects",
                columns: new[] { "OwnerAddress", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityRows");

            migrationBuilder.DropTable(
                name: "CalculationTotals");

            migrationBuilder.DropTable(
                name: "EmissionsRecords");

            migrationBuilder.DropTable(
                name: "Factors");

            migrationBuilder.DropTable(
                name: "Calculations");

            migrationBuilder.DropTable(
                name: "FactorSets");

            migrationBuilder.DropTable(
                name: "ActivityBatches");

            migrationBuilder.DropTable(
                name: "Subjects");
        }
    }
}
