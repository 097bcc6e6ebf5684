"""``manage.py export_products FILE``: every knowledge product in the format import_products reads."""

from django.core.management.base import BaseCommand, CommandError

from resources import importing


class Command(BaseCommand):
    help = (
        "Write every knowledge product (with its translations' titles and summaries) to a .csv or .xlsx file."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="The .csv or .xlsx file to write.")

    def handle(self, *args, file, **options) -> None:
        try:
            count = importing.export_products(file)
        except importing.ImportFileError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"exported {count} products to {file}")
