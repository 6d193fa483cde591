using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmissionsDao.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChainIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastProcessedBlockHash",
                table: "ChainCheckpoints",
                type: "TEXT",
                maxLength: 66,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChainAuditRequests",
                columns: table => new
                {
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Requester = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    StartDay = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDay = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    FactorSetHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    FeeToken = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Fee = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Panel = table.Column<string>(type: "TEXT", nullable: false),
                    Commits = table.Column<int>(type: "INTEGER", nullable: false),
                    Reveals = table.Column<int>(type: "INTEGER", nullable: false),
                    Grams = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclineReason = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedBlock = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedTimestamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAuditRequests", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "ChainAuditors",
                columns: table => new
                {
                    Account = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    IsAuditor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reputation = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    LastChangedBlock = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAuditors", x => x.Account);
                });

            migrationBuilder.CreateTable(
                name: "ChainEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    TransactionHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    BlockTimestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    Contract = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EventName = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: true),
                    Account = table.Column<string>(type: "TEXT", maxLength: 42, nullable: true),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChainProposals",
                columns: table => new
                {
                    ProposalId = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Proposer = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    VoteStart = table.Column<long>(type: "INTEGER", nullable: false),
                    VoteEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    ForVotes = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    AgainstVotes = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    AbstainVotes = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Voters = table.Column<int>(type: "INTEGER", nullable: false),
                    Eta = table.Column<long>(type: "INTEGER", nullable: true),
                    Executed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Canceled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBlock = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedTimestamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainProposals", x => x.ProposalId);
                });

            migrationBuilder.CreateTable(
                name: "ChainRecords",
                columns: table => new
                {
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    StartDay = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDay = table.Column<int>(type: "INTEGER", nullable: false),
                    Grams = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    TokenId = table.Column<long>(type: "INTEGER", nullable: true),
                    WrittenBlock = table.Column<long>(type: "INTEGER", nullable: false),
                    WrittenTimestamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainRecords", x => x.RecordId);
                });

            migrationBuilder.CreateTable(
                name: "ChainTokens",
                columns: table => new
                {
                    TokenId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    StartDay = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDay = table.Column<int>(type: "INTEGER", nullable: false),
                    Grams = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    MintedBlock = table.Column<long>(type: "INTEGER", nullable: false),
                    MintedTimestamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainTokens", x => x.TokenId);
                });

            migrationBuilder.CreateTable(
                name: "ChainTreasuryFlows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    BlockTimestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: true),
                    Amount = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainTreasuryFlows", x => x.Id);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChainAuditRequests");

            migrationBuilder.DropTable(
                name: "ChainAuditors");

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

            migrationBuilder.DropColumn(
                name: "LastProcessedBlockHash",
                table: "ChainCheckpoints");
        }
    }
}
