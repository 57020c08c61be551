using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.EvidenceStorage.Infrastructure.Migrations
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
            Rename(migrationBuilder, "evidence-complaint-submitted", "ComplaintSubmittedConsumer");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Rename(migrationBuilder, "ComplaintSubmittedConsumer", "evidence-complaint-submitted");
        }

        private static void Rename(MigrationBuilder migrationBuilder, string from, string to) =>
            migrationBuilder.Sql($"UPDATE inbox_messages SET consumer = '{to}' WHERE consumer = '{from}';");
    }
}
