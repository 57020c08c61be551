using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.CaseManagement.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OutboxLeaseAndQuarantine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_occurred_at",
                table: "outbox_messages");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "claimed_until",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                table: "outbox_messages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "quarantined_at",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_dispatched_at",
                table: "outbox_messages",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_occurred_at",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "dispatched_at IS NULL AND quarantined_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_handled_at",
                table: "inbox_messages",
                column: "handled_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_dispatched_at",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_occurred_at",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_inbox_messages_handled_at",
                table: "inbox_messages");

            migrationBuilder.DropColumn(
                name: "claimed_until",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "last_error",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "quarantined_at",
                table: "outbox_messages");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_occurred_at",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "dispatched_at IS NULL");
        }
    }
}
