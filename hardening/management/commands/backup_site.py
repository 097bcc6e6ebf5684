"""`manage.py backup_site [--output FILE]`: one archive with the database, the media files and checksums."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from hardening.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write one .tar.gz archive with the database, the media files and a SHA-256 manifest (make backup)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--output",
            help="Archive path (default: backups/decnet-<UTC date and time>.tar.gz in the project folder).",
        )
        parser.add_argument("--database", default="default", help="Database alias (default: default).")

    def handle(self, *args, **options) -> None:
        output = options["output"] or (
            Path(settings.BASE_DIR) / "backups" / f"decnet-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        )
        try:
            result = create_backup(Path(output), using=options["database"])
        except BackupError as error:
            raise CommandError(f"backup failed: {output}: {error}") from error
        self.stdout.write(
            f"Backup written: {result.path} ({result.size / 1e6:.1f} MB; database"
            f" {result.database_bytes / 1e6:.1f} MB, {result.media_files} media files)"
            f" in {result.seconds:.1f} s"
        )
