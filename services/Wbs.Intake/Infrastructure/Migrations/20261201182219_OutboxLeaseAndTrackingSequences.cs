using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Intake.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OutboxLeaseAndTrackingSequences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A sequence per tenant and year, created on first use, replaces the counter row every
            // submission of a tenant updated; numbers already handed out carry over.
            migrationBuilder.Sql("""
                CREATE FUNCTION next_tracking_number(p_tenant text, p_year integer) RETURNS bigint
                LANGUAGE plpgsql AS $$
                DECLARE
                    seq text := 'tracking_' || p_year || '_' || md5(p_tenant);
                BEGIN
                    IF to_regclass(seq) IS NULL THEN
                        BEGIN
                            EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', seq);
                        EXCEPTION WHEN unique_violation OR duplicate_table THEN
                            NULL; -- created by a concurrent submission
                        END;
                    END IF;
                    RETURN nextval(seq);
                END $$;

                DO $$
                DECLARE r record;
                BEGIN
                    FOR r IN SELECT tenant, year, last FROM tracking_counters LOOP
                        EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', 'tracking_' || r.year || '_' || md5(r.tenant));
                        PERFORM setval('tracking_' || r.year || '_' || md5(r.tenant), r.last);
                    END LOOP;
                END $$;
                """);

            migrationBuilder.DropTable(
                name: "tracking_counters");

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

            migrationBuilder.CreateTable(
                name: "tracking_counters",
                columns: table => new
                {
                    tenant = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tracking_counters", x => new { x.tenant, x.year });
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_occurred_at",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "dispatched_at IS NULL");

            // The sequences stay (their numbers are spent); only the function goes.
            migrationBuilder.Sql("DROP FUNCTION next_tracking_number(text, integer);");
        }
    }
}
