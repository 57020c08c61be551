using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.EvidenceStorage.Infrastructure.Migrations
{
    /// <summary>Uploads named by an accepted report are reserved for it until they are attached.</summary>
    public partial class EvidenceReservation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "reserved_for",
                table: "evidence_files",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reserved_at",
                table: "evidence_files",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "reserved_for", table: "evidence_files");
            migrationBuilder.DropColumn(name: "reserved_at", table: "evidence_files");
        }
    }
}
