"""`manage.py restore_site FILE [--force]`: restore an archive made by backup_site, after checking it."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from hardening.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup_site archive into an empty database and media folder (make restore FILE=...). "
        "The archive is checked against its SHA-256 manifest before anything is written."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="The .tar.gz archive written by backup_site.")
        parser.add_argument(
            "--force", action="store_true", help="Replace a database and media folder that are not empty."
        )
        parser.add_argument("--database", default="default", help="Database alias (default: default).")

    def handle(self, *args, **options) -> None:
        try:
            result = restore_backup(Path(options["file"]), force=options["force"], using=options["database"])
        except BackupError as error:
            raise CommandError(f"restore refused: {options['file']}: {error}") from error
        self.stdout.write(
            f"Restored {options['file']}: {result.vendor} database and {result.media_files} media files "
            f"in {result.seconds:.1f} s. With OpenSearch, run `manage.py update_index` next."
        )
