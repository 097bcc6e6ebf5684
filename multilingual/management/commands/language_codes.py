"""Print the site's language codes (multilingual.languages), one per line, for scripts (`make messages`)."""

from django.core.management.base import BaseCommand

from multilingual.languages import LANGUAGE_TABLE, TRANSLATION_LANGUAGES


class Command(BaseCommand):
    help = "Print the language codes of decnet/languages.py, one per line."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--translations", action="store_true", help="Only the languages content is translated into."
        )

    def handle(self, *args, **options) -> None:
        codes = TRANSLATION_LANGUAGES if options["translations"] else [lang.code for lang in LANGUAGE_TABLE]
        self.stdout.write("\n".join(codes))
