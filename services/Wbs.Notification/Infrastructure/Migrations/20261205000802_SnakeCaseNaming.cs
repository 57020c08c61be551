using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Notification.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseNaming : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "PK_outbox_messages" TO "pk_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE notifications RENAME CONSTRAINT "PK_notifications" TO "pk_notifications";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_messages RENAME CONSTRAINT "PK_inbox_messages" TO "pk_inbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE delivery_log RENAME CONSTRAINT "PK_delivery_log" TO "pk_delivery_log";""");

            migrationBuilder.Sql("""ALTER TABLE complaints RENAME CONSTRAINT "PK_complaints" TO "pk_complaints";""");

            migrationBuilder.RenameIndex(
                name: "IX_outbox_messages_occurred_at",
                table: "outbox_messages",
                newName: "ix_outbox_messages_occurred_at");

            migrationBuilder.RenameIndex(
                name: "IX_outbox_messages_dispatched_at",
                table: "outbox_messages",
                newName: "ix_outbox_messages_dispatched_at");

            migrationBuilder.RenameIndex(
                name: "IX_notifications_tenant_complaint_id",
                table: "notifications",
                newName: "ix_notifications_tenant_complaint_id");

            migrationBuilder.RenameIndex(
                name: "IX_notifications_tenant_account_id",
                table: "notifications",
                newName: "ix_notifications_tenant_account_id");

            migrationBuilder.RenameIndex(
                name: "IX_inbox_messages_handled_at",
                table: "inbox_messages",
                newName: "ix_inbox_messages_handled_at");

            migrationBuilder.RenameIndex(
                name: "IX_delivery_log_tenant_at",
                table: "delivery_log",
                newName: "ix_delivery_log_tenant_at");

            migrationBuilder.RenameIndex(
                name: "IX_delivery_log_recipient_at",
                table: "delivery_log",
                newName: "ix_delivery_log_recipient_at");

            migrationBuilder.RenameIndex(
                name: "IX_complaints_tenant_account_id",
                table: "complaints",
                newName: "ix_complaints_tenant_account_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "pk_outbox_messages" TO "PK_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE notifications RENAME CONSTRAINT "pk_notifications" TO "PK_notifications";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_messages RENAME CONSTRAINT "pk_inbox_messages" TO "PK_inbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE delivery_log RENAME CONSTRAINT "pk_delivery_log" TO "PK_delivery_log";""");

            migrationBuilder.Sql("""ALTER TABLE complaints RENAME CONSTRAINT "pk_complaints" TO "PK_complaints";""");

            migrationBuilder.RenameIndex(
                name: "ix_outbox_messages_occurred_at",
                table: "outbox_messages",
                newName: "IX_outbox_messages_occurred_at");

            migrationBuilder.RenameIndex(
                name: "ix_outbox_messages_dispatched_at",
                table: "outbox_messages",
                newName: "IX_outbox_messages_dispatched_at");

            migrationBuilder.RenameIndex(
                name: "ix_notifications_tenant_complaint_id",
                table: "notifications",
                newName: "IX_notifications_tenant_complaint_id");

            migrationBuilder.RenameIndex(
                name: "ix_notifications_tenant_account_id",
                table: "notifications",
                newName: "IX_notifications_tenant_account_id");

            migrationBuilder.RenameIndex(
                name: "ix_inbox_messages_handled_at",
                table: "inbox_messages",
                newName: "IX_inbox_messages_handled_at");

            migrationBuilder.RenameIndex(
                name: "ix_delivery_log_tenant_at",
                table: "delivery_log",
                newName: "IX_delivery_log_tenant_at");

            migrationBuilder.RenameIndex(
                name: "ix_delivery_log_recipient_at",
                table: "delivery_log",
                newName: "IX_delivery_log_recipient_at");

            migrationBuilder.RenameIndex(
                name: "ix_complaints_tenant_account_id",
                table: "complaints",
                newName: "IX_complaints_tenant_account_id");
        }
    }
}
