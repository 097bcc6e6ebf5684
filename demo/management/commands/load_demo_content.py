"""`manage.py load_demo_content`: build or refresh the demo site (safe to rerun; see demo.loader)."""

from django.core.management.base import BaseCommand

from demo.loader import load_demo_content


class Command(BaseCommand):
    help = "Create the Decentralization.Net demo content (pages, snippets, images, documents). Idempotent."

    def handle(self, *args, **options) -> None:
        report = load_demo_content()
        self.stdout.write("\n".join(report.lines()))
        verdict = "Demo content loaded" if report.changed else "Demo content already up to date"
        self.stdout.write(self.style.SUCCESS(f"{verdict} in {report.seconds:.1f} s."))
