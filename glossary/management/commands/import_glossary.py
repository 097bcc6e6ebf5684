"""``manage.py import_glossary FILE [--publish] [--skip-invalid]``; rules in :mod:`glossary.importing`.

This module only parses arguments and prints: bad rows go to stderr as ``FILE:LINE: column: message``, the
``created N, updated N, unchanged N, skipped N`` summary (terms and translations alike) goes to stdout as the
last line.
"""

import sys

from django.core.management.base import BaseCommand, CommandError

from glossary import importing


class Command(BaseCommand):
    help = (
        "Import glossary terms from a CSV (UTF-8) or XLSX file into the glossary of the default locale. "
        "Columns: term, definition (required); abbreviation, synonyms, related, topics (optional; lists "
        "separated by ';'). term:<lang>, definition:<lang>, abbreviation:<lang> and synonyms:<lang> "
        "(<lang>: fr, es, pt, ar… any other content language) create or update each term's translations. "
        "Terms and translations are saved as drafts unless --publish is given."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="A .csv (UTF-8, with or without BOM) or .xlsx file (first sheet).")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish new and changed terms and translations, and unchanged ones whose latest version "
            "is a draft.",
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Import the valid rows and report the others, instead of importing nothing.",
        )

    def handle(self, *args, file: str, publish: bool, skip_invalid: bool, **options) -> None:
        try:
            outcome = importing.import_glossary(file, publish=publish, skip_invalid=skip_invalid)
        except (importing.ImportFileError, importing.InvalidRows) as error:
            self._report(error.problems)
            self._fail(str(error))
            return
        self._report(outcome.problems)
        if outcome.summary.published_drafts:
            self.stdout.write(f"published {outcome.summary.published_drafts} unchanged drafts")
        self.stdout.write(str(outcome.summary))

    def _report(self, problems: list[importing.Problem]) -> None:
        for problem in problems:
            self.stderr.write(str(problem), style_func=lambda text: text)

    def _fail(self, message: str) -> None:
        """One line, non-zero exit. On the command line it reads "import_glossary: <message>" (no
        "CommandError:" prefix, no traceback); called from code, it is a CommandError with the message."""
        if getattr(self, "_called_from_command_line", False):
            self.stderr.write(f"import_glossary: {message}", style_func=lambda text: text)
            sys.exit(1)
        raise CommandError(message)
