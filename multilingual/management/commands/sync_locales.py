"""Create a Wagtail Locale for every language of the table (multilingual.languages) that has none yet."""

from django.core.management.base import BaseCommand

from multilingual.locales import sync_locales


class Command(BaseCommand):
    help = "Create the Locales of the languages in decnet/languages.py (folder site/) that are missing."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--database", default="default")

    def handle(self, *args, **options) -> None:
        created = sync_locales(options["database"])
        if options["verbosity"]:
            self.stdout.write(f"Locales created: {', '.join(created)}" if created else "Locales: up to date")
