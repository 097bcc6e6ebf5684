"""``manage.py import_products FILE [--files DIR] [--publish] [--skip-invalid]``: see resources.importing.

Bad rows go to stderr as ``FILE:LINE: column: message``; the ``created N, updated N, unchanged N, skipped N``
summary (products and translations alike) goes to stdout as the last line."""

from django.core.management.base import BaseCommand, CommandError

from resources import importing


class Command(BaseCommand):
    help = (
        "Create or update knowledge products from a CSV (UTF-8) or XLSX file. Columns: title, type, summary, "
        "date (required); slug, publisher, authors, topics, countries, doi, isbn, files (NAME|LANGUAGE|LABEL "
        "entries), title:<lang>, summary:<lang>. Lists are separated by ';'. Drafts unless --publish."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="A .csv or .xlsx file (first sheet).")
        parser.add_argument("--files", dest="files_dir", metavar="DIR", help="Folder of the files to upload.")
        parser.add_argument("--publish", action="store_true", help="Publish new and changed products.")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Import the valid rows and report the others."
        )

    def handle(self, *args, file, files_dir, publish, skip_invalid, **options) -> None:
        try:
            outcome = importing.import_products(
                file, files_dir=files_dir, publish=publish, skip_invalid=skip_invalid
            )
        except (importing.ImportFileError, importing.InvalidRows) as error:
            for problem in error.problems:
                self.stderr.write(str(problem), style_func=lambda text: text)
            raise CommandError(str(error)) from None
        for problem in outcome.problems:
            self.stderr.write(str(problem), style_func=lambda text: text)
        self.stdout.write(str(outcome.summary))
