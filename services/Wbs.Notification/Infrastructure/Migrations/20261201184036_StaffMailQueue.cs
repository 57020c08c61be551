using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Notification.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class StaffMailQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "delivery_log",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "body",
                table: "delivery_log",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "claimed_until",
                table: "delivery_log",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "digest_id",
                table: "delivery_log",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "subject",
                table: "delivery_log",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_delivery_log_recipient_at",
                table: "delivery_log",
                columns: new[] { "recipient", "at" },
                filter: "channel = 'email' AND result = 'delivered'");

            migrationBuilder.CreateIndex(
                name: "ix_delivery_log_pending",
                table: "delivery_log",
                column: "at",
                filter: "result = 'pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_delivery_log_recipient_at",
                table: "delivery_log");

            migrationBuilder.DropIndex(
                name: "ix_delivery_log_pending",
                table: "delivery_log");

            migrationBuilder.DropColumn(
                name: "attempts",
                table: "delivery_log");

            migrationBuilder.DropColumn(
                name: "body",
                table: "delivery_log");

            migrationBuilder.DropColumn(
                name: "claimed_until",
                table: "delivery_log");

            migrationBuilder.DropColumn(
                name: "digest_id",
                table: "delivery_log");

            migrationBuilder.DropColumn(
                name: "subject",
                table: "delivery_log");
        }
    }
}
