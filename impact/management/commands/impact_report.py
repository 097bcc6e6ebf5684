"""`manage.py impact_report`: the annual impact report: headline figures as text, or every dashboard table as
JSON, CSV or XLSX."""

import datetime
import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from impact import exports
from impact.report import as_text, headline_figures, report_tables
from impact.selectors import Period, default_period
from impact.services import flush


def parse_day(value: str, option: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{option} must be a date written YYYY-MM-DD, not {value!r}.") from None


class Command(BaseCommand):
    help = "Print the impact report's headline figures (default period: the 12 months up to today)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="First day (included).")
        parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="Last day (included).")
        parser.add_argument(
            "--format",
            choices=["text", "json", "csv", "xlsx"],
            default="text",
            help="text: headline figures; json, csv, xlsx: every dashboard table (xlsx needs --output).",
        )
        parser.add_argument("--output", metavar="FILE", help="Write to FILE instead of the standard output.")

    def handle(
        self, *args, date_from: str | None, date_to: str | None, format: str, output: str | None, **options
    ) -> None:
        default = default_period()
        end = parse_day(date_to, "--to") if date_to else default.end
        if date_from:
            start = parse_day(date_from, "--from")
        else:
            start = default_period(end).start if date_to else default.start
        if end < start:
            raise CommandError(f"The period is reversed: --from {start} is after --to {end}.")
        flush()  # counts this process still holds (when called from code rather than the shell)
        if format == "xlsx" and not output:
            raise CommandError("--format xlsx writes a binary file: give it with --output FILE.")
        period = Period(start, end)
        if format == "csv":
            content: bytes | str = exports.tables_to_csv(report_tables(period))
        elif format == "xlsx":
            content = exports.tables_to_xlsx(report_tables(period))
        elif format == "json":
            content = json.dumps(headline_figures(period), ensure_ascii=False, indent=2) + "\n"
        else:
            content = as_text(headline_figures(period))
        if output:
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            try:
                with open(output, "wb") as file:
                    file.write(data)
            except OSError as error:
                raise CommandError(f"{output}: cannot write the report: {error.strerror}") from None
        else:
            self.stdout.write(
                content.decode("utf-8-sig") if isinstance(content, bytes) else content, ending=""
            )
