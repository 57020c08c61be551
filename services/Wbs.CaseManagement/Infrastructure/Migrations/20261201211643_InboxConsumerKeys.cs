using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.CaseManagement.Infrastructure.Migrations
{
    /// <summary>
    /// The inbox filter keys rows by consumer type name; rows written under the old names keep a
    /// redelivery of an already handled message from being handled again.
    /// </summary>
    public partial class InboxConsumerKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Rename(migrationBuilder, "casemanagement.complaint-submitted", "ComplaintSubmittedConsumer");
            Rename(migrationBuilder, "casemanagement.reporter-account-linked", "ReporterAccountLinkedConsumer");
            Rename(migrationBuilder, "casemanagement.evidence-attached", "EvidenceAttachedConsumer");
            Rename(migrationBuilder, "casemanagement.evidence-viewed", "EvidenceViewedConsumer");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Rename(migrationBuilder, "ComplaintSubmittedConsumer", "casemanagement.complaint-submitted");
            Rename(migrationBuilder, "ReporterAccountLinkedConsumer", "casemanagement.reporter-account-linked");
            Rename(migrationBuilder, "EvidenceAttachedConsumer", "casemanagement.evidence-attached");
            Rename(migrationBuilder, "EvidenceViewedConsumer", "casemanagement.evidence-viewed");
        }

        private static void Rename(MigrationBuilder migrationBuilder, string from, string to) =>
            migrationBuilder.Sql($"UPDATE inbox_messages SET consumer = '{to}' WHERE consumer = '{from}';");
    }
}
