using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmissionsDao.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PortalRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChainRequestId = table.Column<string>(type: "TEXT", maxLength: 78, nullable: true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    RequesterAddress = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    StartDay = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDay = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectChainKey = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    FactorSetHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    ActivityDataHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    PanelAddresses = table.Column<string>(type: "TEXT", maxLength: 301, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditRequests_ActivityBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ActivityBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuditRequests_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorAddress = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestMessages_AuditRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AuditRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SealedAuditorResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    AuditorAddress = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Issue = table.Column<bool>(type: "INTEGER", nullable: false),
                    Grams = table.Column<long>(type: "INTEGER", nullable: false),
                    FactorSetHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    ReasonCode = table.Column<ushort>(type: "INTEGER", nullable: false),
                    ReasonText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Salt = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CommittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevealedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SealedAuditorResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SealedAuditorResults_AuditRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AuditRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<long>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    PlaintextSha256 = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CiphertextSha256 = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Ciphertext = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Nonce = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Tag = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploaderAddress = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_AuditRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AuditRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Documents_RequestMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "RequestMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentRecipients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentRecipients_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRequests_BatchId",
                table: "AuditRequests",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRequests_ChainRequestId",
                table: "AuditRequests",
                column: "ChainRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRequests_RequesterAddress",
                table: "AuditRequests",
                column: "RequesterAddress");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRequests_SubjectId",
                table: "AuditRequests",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRecipients_DocumentId_Address",
                table: "DocumentRecipients",
                columns: new[] { "DocumentId", "Address" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_MessageId",
                table: "Documents",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_RequestId",
                table: "Documents",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestMessages_RequestId_SentUtc",
                table: "RequestMessages",
                columns: new[] { "RequestId", "SentUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SealedAuditorResults_RequestId_AuditorAddress",
                table: "SealedAuditorResults",
                columns: new[] { "RequestId", "AuditorAddress" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentRecipients");

            migrationBuilder.DropTable(
                name: "SealedAuditorResults");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "RequestMessages");

            migrationBuilder.DropTable(
                name: "AuditRequests");
        }
    }
}
