"""Count the pages Varnish answered from its cache, from its hit log (impact/frontendlog.py)."""

from __future__ import annotations

import signal
import time
from pathlib import Path

from django.core.management.base import BaseCommand

from impact import frontendlog


class Command(BaseCommand):
    help = "Count the page views Varnish answered from its cache (its hit log), by the site's own rules."

    def add_arguments(self, parser) -> None:
        parser.add_argument("log", type=Path, help="varnishncsa's hit log (scripts/services/varnish.sh log)")
        parser.add_argument("--state", type=Path, help="where the read position is kept (LOG.position)")
        parser.add_argument("--follow", action="store_true", help="keep reading as the log grows")
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between passes")

    def handle(self, *args, log: Path, state: Path | None, follow: bool, interval: float, **options) -> None:
        state = state or log.with_name(log.name + ".position")
        stopping = []
        if follow:
            signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        while True:
            lines, counted = frontendlog.ingest(log, state, stopping=lambda: bool(stopping))
            if lines or not follow:
                self.stdout.write(f"{lines} hits read, {counted} page views counted")
            if not follow or stopping:
                return
            time.sleep(interval)
