using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EmissionsDao.Core.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChainAuditRequests",
                columns: table => new
                {
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    Requester = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    SubjectKey = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false),
                    StartDay = table.Column<int>(type: "integer", nullable: false),
                    EndDay = table.Column<int>(type: "integer", nullable: false),
                    ActivityHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false),
                    FactorSetHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false),
                    FeeToken = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    Fee = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Panel = table.Column<string>(type: "text", nullable: false),
                    Commits = table.Column<int>(type: "integer", nullable: false),
                    Reveals = table.Column<int>(type: "integer", nullable: false),
                    Grams = table.Column<long>(type: "bigint", nullable: true),
                    DeclineReason = table.Column<int>(type: "integer", nullable: true),
                    RecordId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedBlock = table.Column<long>(type: "bigint", nullable: false),
                    CreatedTimestamp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAuditRequests", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "ChainAuditors",
                columns: table => new
                {
                    Account = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    IsAuditor = table.Column<bool>(type: "boolean", nullable: false),
                    Reputation = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false),
                    LastChangedBlock = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAuditors", x => x.Account);
                });

            migrationBuilder.CreateTable(
                name: "ChainCheckpoints",
                columns: table => new
                {
                    Stream = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ChainId = table.Column<long>(type: "bigint", nullable: false),
                    LastProcessedBlock = table.Column<long>(type: "bigint", nullable: false),
                    LastProcessedBlockHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainCheckpoints", x => x.Stream);
                });

            migrationBuilder.CreateTable(
                name: "ChainEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    LogIndex = table.Column<int>(type: "integer", nullable: false),
                    TransactionHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false),
                    BlockTimestamp = table.Column<long>(type: "bigint", nullable: false),
                    Contract = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EventName = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    RequestId = table.Column<long>(type: "bigint", nullable: true),
                    Account = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: true),
                    PayloadJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChainProposals",
                columns: table => new
                {
                    ProposalId = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false),
                    Proposer = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    VoteStart = table.Column<long>(type: "bigint", nullable: false),
                    VoteEnd = table.Column<long>(type: "bigint", nullable: false),
                    ForVotes = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false),
                    AgainstVotes = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false),
                    AbstainVotes = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false),
                    Voters = table.Column<int>(type: "integer", nullable: false),
                    Eta = table.Column<long>(type: "bigint", nullable: true),
                    Executed = table.Column<bool>(type: "boolean", nullable: false),
                    Canceled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBlock = table.Column<long>(type: "bigint", nullable: false),
                    CreatedTimestamp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainProposals", x => x.ProposalId);
                });

            migrationBuilder.CreateTable(
                name: "ChainRecords",
                columns: table => new
                {
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    SubjectKey = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false),
                    Owner = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    StartDay = table.Column<int>(type: "integer", nullable: false),
                    EndDay = table.Column<int>(type: "integer", nullable: false),
                    Grams = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    TokenId = table.Column<long>(type: "bigint", nullable: true),
                    WrittenBlock = table.Column<long>(type: "bigint", nullable: false),
                    WrittenTimestamp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainRecords", x => x.RecordId);
                });

            migrationBuilder.CreateTable(
                name: "ChainTokens",
                columns: table => new
                {
                    TokenId = table.Column<long>(type: "bigint", nullable: false),
                    SubjectKey = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false),
                    Holder = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    StartDay = table.Column<int>(type: "integer", nullable: false),
                    EndDay = table.Column<int>(type: "integer", nullable: false),
                    Grams = table.Column<long>(type: "bigint", nullable: false),
                    RecordIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    MintedBlock = table.Column<long>(type: "bigint", nullable: false),
                    MintedTimestamp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainTokens", x => x.TokenId);
                });

            migrationBuilder.CreateTable(
                name: "ChainTreasuryFlows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    LogIndex = table.Column<int>(type: "integer", nullable: false),
                    BlockTimestamp = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Token = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    Account = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    RequestId = table.Column<long>(type: "bigint", nullable: true),
                    Amount = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainTreasuryFlows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FactorSets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Publisher = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Dataset = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Licence = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Attribution = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ContentHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    FactorCount = table.Column<int>(type: "integer", nullable: false),
                    SeededUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactorSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Subjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerAddress = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Factors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FactorSetId = table.Column<long>(type: "bigint", nullable: false),
                    PublisherRowId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ActivityUnit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EmissionUnit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Value = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    StartDay = table.Column<int>(type: "integer", nullable: false),
                    EndDay = table.Column<int>(type: "integer", nullable: false),
                    SourceName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ActivityDataHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    RowCount = table.Column<int>(type: "integer", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    StartDay = table.Column<int>(type: "integer", nullable: false),
                    EndDay = table.Column<int>(type: "integer", nullable: false),
                    Grams = table.Column<long>(type: "bigint", nullable: false),
                    ChainRecordId = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartDay = table.Column<int>(type: "integer", nullable: false),
                    EndDay = table.Column<int>(type: "integer", nullable: false),
                    CanonicalJson = table.Column<string>(type: "text", nullable: false),
                    Grams = table.Column<long>(type: "bigint", nullable: false),
                    FactorSetKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FactorPublisherRowId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AuditorMustConfirm = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "AuditRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChainRequestId = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: true),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    RequesterAddress = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    StartDay = table.Column<int>(type: "integer", nullable: false),
                    EndDay = table.Column<int>(type: "integer", nullable: false),
                    SubjectChainKey = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    FactorSetHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    ActivityDataHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    PanelAddresses = table.Column<string>(type: "character varying(301)", maxLength: 301, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                name: "Calculations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    ActivityDataHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    FactorLibraryHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    FactorLibraryVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MethodVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TotalGrams = table.Column<long>(type: "bigint", nullable: false),
                    CalculatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "RequestMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    AuthorAddress = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    AuditorAddress = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    Issue = table.Column<bool>(type: "boolean", nullable: false),
                    Grams = table.Column<long>(type: "bigint", nullable: false),
                    FactorSetHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    ReasonCode = table.Column<int>(type: "integer", nullable: false),
                    ReasonText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Salt = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CommittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevealedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                name: "CalculationTotals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CalculationId = table.Column<long>(type: "bigint", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Key = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Grams = table.Column<long>(type: "bigint", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    MessageId = table.Column<long>(type: "bigint", nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    PlaintextSha256 = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CiphertextSha256 = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    Ciphertext = table.Column<byte[]>(type: "bytea", nullable: false),
                    Nonce = table.Column<byte[]>(type: "bytea", nullable: false),
                    Tag = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploaderAddress = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    Address = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "bytea", maxLength: 60, nullable: false)
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
                name: "IX_ActivityBatches_SubjectId_StartDay",
                table: "ActivityBatches",
                columns: new[] { "SubjectId", "StartDay" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityRows_BatchId_LineNumber",
                table: "ActivityRows",
                columns: new[] { "BatchId", "LineNumber" },
                unique: true);

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
                name: "IX_CalculationTotals_CalculationId_Dimension_Key",
                table: "CalculationTotals",
                columns: new[] { "CalculationId", "Dimension", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Calculations_BatchId",
                table: "Calculations",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainAuditRequests_Requester",
                table: "ChainAuditRequests",
                column: "Requester");

            migrationBuilder.CreateIndex(
                name: "IX_ChainAuditRequests_SubjectKey",
                table: "ChainAuditRequests",
                column: "SubjectKey");

            migrationBuilder.CreateIndex(
                name: "IX_ChainEvents_BlockNumber_LogIndex",
                table: "ChainEvents",
                columns: new[] { "BlockNumber", "LogIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainEvents_EventName_BlockNumber",
                table: "ChainEvents",
                columns: new[] { "EventName", "BlockNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ChainEvents_RequestId",
                table: "ChainEvents",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainProposals_CreatedBlock",
                table: "ChainProposals",
                column: "CreatedBlock");

            migrationBuilder.CreateIndex(
                name: "IX_ChainRecords_Owner",
                table: "ChainRecords",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_ChainRecords_SubjectKey_StartDay",
                table: "ChainRecords",
                columns: new[] { "SubjectKey", "StartDay" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainTokens_Holder",
                table: "ChainTokens",
                column: "Holder");

            migrationBuilder.CreateIndex(
                name: "IX_ChainTokens_SubjectKey",
                table: "ChainTokens",
                column: "SubjectKey");

            migrationBuilder.CreateIndex(
                name: "IX_ChainTreasuryFlows_BlockNumber_LogIndex",
                table: "ChainTreasuryFlows",
                columns: new[] { "BlockNumber", "LogIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainTreasuryFlows_Kind_Token",
                table: "ChainTreasuryFlows",
                columns: new[] { "Kind", "Token" });

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
                name: "IX_RequestMessages_RequestId_SentUtc",
                table: "RequestMessages",
                columns: new[] { "RequestId", "SentUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SealedAuditorResults_RequestId_AuditorAddress",
                table: "SealedAuditorResults",
                columns: new[] { "RequestId", "AuditorAddress" },
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
                name: "ChainAuditRequests");

            migrationBuilder.DropTable(
                name: "ChainAuditors");

            migrationBuilder.DropTable(
                name: "ChainCheckpoints");

            migrationBuilder.DropTable(
                name: "ChainEvents");

            migrationBuilder.DropTable(
                name: "ChainProposals");

            migrationBuilder.DropTable(
                name: "ChainRecords");

            migrationBuilder.DropTable(
                name: "ChainTokens");

            migrationBuilder.DropTable(
                name: "ChainTreasuryFlows");

            migrationBuilder.DropTable(
                name: "DocumentRecipients");

            migrationBuilder.DropTable(
                name: "EmissionsRecords");

            migrationBuilder.DropTable(
                name: "Factors");

            migrationBuilder.DropTable(
                name: "SealedAuditorResults");

            migrationBuilder.DropTable(
                name: "Calculations");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "FactorSets");

            migrationBuilder.DropTable(
                name: "RequestMessages");

            migrationBuilder.DropTable(
                name: "AuditRequests");

            migrationBuilder.DropTable(
                name: "ActivityBatches");

            migrationBuilder.DropTable(
                name: "Subjects");
        }
    }
}
