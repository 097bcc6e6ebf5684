from django.core.management.base import BaseCommand

from traffic.generation import new_generation


class Command(BaseCommand):
    help = "Make every page in the page cache stale (after a deploy that changed templates or code)."

    def handle(self, *args, **options) -> None:
        new_generation()
        self.stdout.write("Page cache cleared: every page is rendered afresh on its next request.")
