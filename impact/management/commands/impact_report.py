"""`manage.py impact_report`: the annual impact report's headline figures, as text or JSON."""

import datetime
import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from impact.report import as_text, headline_figures
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
        parser.add_argument("--format", choices=["text", "json"], default="text", help="Output format.")

    def handle(self, *args, date_from: str | None, date_to: str | None, format: str, **options) -> None:
        default = default_period()
        end = parse_day(date_to, "--to") if date_to else default.end
        if date_from:
            start = parse_day(date_from, "--from")
        else:
            start = default_period(end).start if date_to else default.start
        if end < start:
            raise CommandError(f"The period is reversed: --from {start} is after --to {end}.")
        flush()  # counts this process still holds (when called from code rather than the shell)
        figures = headline_figures(Period(start, end))
        if format == "json":
            self.stdout.write(json.dumps(figures, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(as_text(figures), ending="")
