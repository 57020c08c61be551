using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Intake.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CaseWorkForwardingRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_complaints_CodeDigest",
                table: "complaints");

            migrationBuilder.AlterColumn<byte[]>(
                name: "SealedContent",
                table: "complaints",
                type: "bytea",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "bytea");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ContentDestroyedAt",
                table: "complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ForwardingId",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_ForwardingId",
                table: "complaints",
                column: "ForwardingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_Tenant_CodeDigest",
                table: "complaints",
                columns: new[] { "Tenant", "CodeDigest" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_complaints_ForwardingId",
                table: "complaints");

            migrationBuilder.DropIndex(
                name: "IX_complaints_Tenant_CodeDigest",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "ContentDestroyedAt",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "ForwardingId",
                table: "complaints");

            migrationBuilder.AlterColumn<byte[]>(
                name: "SealedContent",
                table: "complaints",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "bytea",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_CodeDigest",
                table: "complaints",
                column: "CodeDigest",
                unique: true);
        }
    }
}
