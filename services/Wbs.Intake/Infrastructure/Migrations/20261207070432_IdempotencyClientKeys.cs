using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Intake.Infrastructure.Migrations
{
    /// <summary>
    /// Idempotent answers are now found, compared and sealed under keys derived from the client's Idempotency-Key
    /// (IdempotencyKeyDeriver). The answers kept so far were sealed under the content keys alone, which open them
    /// with the database; they are deleted rather than left to expire (a repeat of one gets a new report, as a repeat
    /// after 24 hours does). The columns are renamed for what they now hold.
    /// </summary>
    public partial class IdempotencyClientKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM idempotency_records;");

            migrationBuilder.RenameColumn(
                name: "request_hash",
                table: "idempotency_records",
                newName: "request_digest");

            migrationBuilder.RenameColumn(
                name: "key_hash",
                table: "idempotency_records",
                newName: "key_digest");

            migrationBuilder.RenameIndex(
                name: "ix_idempotency_records_tenant_key_hash",
                table: "idempotency_records",
                newName: "ix_idempotency_records_tenant_key_digest");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The earlier code looks answers up by an unkeyed digest: it would find none of these.
            migrationBuilder.Sql("DELETE FROM idempotency_records;");

            migrationBuilder.RenameColumn(
                name: "request_digest",
                table: "idempotency_records",
                newName: "request_hash");

            migrationBuilder.RenameColumn(
                name: "key_digest",
                table: "idempotency_records",
                newName: "key_hash");

            migrationBuilder.RenameIndex(
                name: "ix_idempotency_records_tenant_key_digest",
                table: "idempotency_records",
                newName: "ix_idempotency_records_tenant_key_hash");
        }
    }
}
