"""What impact counting costs a request: prints the per-request overhead with and without counting.

    .venv/bin/python benchmarks/impact.py [--requests 300] [--rounds 3] [--cache file|memory]

The database is a throwaway SQLite file (migrated first, ~1 minute) unless DATABASE_URL names a PostgreSQL
server, in which case a temporary test database is created on it and dropped afterwards. `--cache file` (the
default) uses the file-based impact cache that production uses; `memory` uses a local-memory cache.

Two measurements:
1. whole requests for a public page through Django's test client, with and without ImpactMiddleware,
   alternating one with, one without (medians, so machine noise hits both alike);
2. the counting step alone (impact.middleware.count_response) for a new visitor, a returning reader,
   a download and a request that does not count (a crawler); then the cost of writing the pending batch,
   per event, and for comparison the write-through mode (IMPACT_FLUSH_SECONDS=0: a transaction per event).

Whole requests through the test client include the after-response flush (request_finished), which a real
WSGI server runs after the reader has the response.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300, help="requests per measurement (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="whole requests: rounds x requests each way")
    parser.add_argument("--cache", choices=["file", "memory"], default="file")
    return parser.parse_args()


def setup_django(args: argparse.Namespace, workdir: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "decnet.settings.test"
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ["MEDIA_ROOT"] = os.path.join(workdir, "media")
    import django
    from django.conf import settings

    django.setup()
    shm = "/dev/shm"
    if args.cache == "file":
        settings.CACHES["impact"] = {
            "BACKEND": "impact.cache.ImpactFileCache",
            # Where production keeps it by default (see site/settings/base.py): tmpfs when there is one.
            "LOCATION": tempfile.mkdtemp(
                prefix="decnet-bench-cache-", dir=shm if os.path.isdir(shm) else workdir
            ),
        }
    settings.IMPACT_CACHE_ALIAS = "impact" if args.cache == "file" else "default"


def create_database() -> callable:
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "sqlite":
        call_command("migrate", verbosity=0, interactive=False)
        return lambda: None
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    return lambda: connection.creation.destroy_test_db(old_name, verbosity=0)


def publish(parent, page):
    """Add `page` below `parent` and publish it (one revision), as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_site() -> dict:
    """A home page, a standard page and a knowledge product with one PDF: what the counters count."""
    import datetime

    from django.conf import settings
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Locale, Page, Site

    from decnet.models import HomePage, StandardPage
    from resources.models import ResourceFile, ResourceLibraryPage, ResourcePage, ResourceType

    Page.objects.filter(depth=2).delete()
    home = publish(Page.get_first_root_node(), HomePage(title="Decentralization.Net", slug="home"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    page = publish(home, StandardPage(title="About", slug="about", introduction="A standard page."))
    document = get_document_model()(title="Framework")
    document.file.save("framework.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    library = publish(home, ResourceLibraryPage(title="Library", slug="library"))
    resource_type = ResourceType.objects.create(
        name="Framework", slug="framework", locale=Locale.get_default()
    )
    product = ResourcePage(
        title="LoGICA",
        slug="logica",
        summary="A knowledge product.",
        publication_date=datetime.date(2024, 3, 1),
        resource_type=resource_type,
    )
    publish(library, product)
    product.files.add(ResourceFile(document=document, language=settings.LANGUAGE_CODE, label="Full text"))
    product.save_revision().publish()
    return {"page": page, "document": document}


def per_request_ms(seconds: float, count: int) -> float:
    return seconds * 1000 / count


def make_client(counting: bool):
    """A test client whose handler has (or lacks) ImpactMiddleware; it loads the list on its first request."""
    from django.conf import settings
    from django.test import Client

    middleware = list(settings.MIDDLEWARE)
    if not counting:
        settings.MIDDLEWARE = [m for m in middleware if m != "impact.middleware.ImpactMiddleware"]
    try:
        client = Client()
        client.get("/", headers={"user-agent": "warm-up Firefox/1"})
        return client
    finally:
        settings.MIDDLEWARE = middleware


def whole_requests(url: str, count: int) -> tuple[list[float], list[float]]:
    """Per-request times without and with counting, the two alternating so that load drift hits both."""
    clients = {False: make_client(False), True: make_client(True)}
    times: dict[bool, list[float]] = {False: [], True: []}
    for index in range(count):
        for counting in (index % 2 == 0, index % 2 == 1):
            # Every request a new client (IP, user agent): the costlier path of a new visitor and session.
            address = f"10.{index // 65536 % 256}.{index // 256 % 256}.{index % 256}"
            agent = f"Mozilla/5.0 Firefox/{index}.{int(counting)}.{time.monotonic_ns()}"
            start = time.perf_counter()
            response = clients[counting].get(url, REMOTE_ADDR=address, headers={"user-agent": agent})
            times[counting].append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
    return times[False], times[True]


def counting_alone(site: dict, count: int) -> dict[str, float]:
    from django.http import HttpResponse
    from django.test import RequestFactory

    from impact.middleware import count_response
    from traffic import served

    factory = RequestFactory()
    ok = HttpResponse("ok")
    results = {}

    def run(name: str, make_request) -> None:
        requests = [make_request(index) for index in range(count)]
        start = time.perf_counter()
        for request in requests:
            count_response(request, ok)
        results[name] = per_request_ms(time.perf_counter() - start, count)

    def page_request(index: int, user_agent: str, address: str):
        request = factory.get("/en/about/", REMOTE_ADDR=address, HTTP_USER_AGENT=user_agent)
        served.record(request, served.PAGE, site["page"])
        return request

    stamp = time.monotonic_ns()
    run("page view, new visitor", lambda i: page_request(i, f"Mozilla/5.0 Firefox/{stamp}.{i}", "10.1.1.1"))
    run("page view, returning reader", lambda i: page_request(i, "Mozilla/5.0 Firefox/returning", "10.2.2.2"))
    run("not counted (crawler)", lambda i: page_request(i, "Googlebot/2.1", "10.3.3.3"))

    def download_request(index: int):
        request = factory.get(
            site["document"].url,
            REMOTE_ADDR="10.4.4.4",
            HTTP_USER_AGENT=f"Mozilla/5.0 Firefox/{stamp}.{index}",
        )
        served.record(request, served.DOCUMENT, site["document"])
        return request

    run("download, new client", download_request)

    from django.conf import settings

    from impact import services

    start = time.perf_counter()
    services.flush()  # what the runs above left pending: several thousand events in a few counters
    results["writing the batch, per event"] = per_request_ms(time.perf_counter() - start, 4 * count)

    flush_seconds = settings.IMPACT_FLUSH_SECONDS
    settings.IMPACT_FLUSH_SECONDS = 0
    try:
        run("write-through (FLUSH_SECONDS=0)", lambda i: page_request(i, f"Firefox/{stamp}.w{i}", "10.5.5.5"))
    finally:
        settings.IMPACT_FLUSH_SECONDS = flush_seconds
    return results


def main() -> None:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="decnet-bench-") as workdir:
        setup_django(args, workdir)
        from django.db import connection

        drop = create_database()
        try:
            site = build_site()
            url = site["page"].url
            without_counting, with_counting = whole_requests(url, args.requests * args.rounds)
            alone = counting_alone(site, args.requests)
        finally:
            from django.conf import settings

            from impact import services

            services.pending.take()  # nothing left to write into a database about to be dropped
            drop()

            if args.cache == "file":
                shutil.rmtree(settings.CACHES["impact"]["LOCATION"], ignore_errors=True)
        database = f"{connection.vendor} ({'file' if connection.vendor == 'sqlite' else 'server'})"
        print(f"Impact counting cost per request — database {database}, impact cache {args.cache}")
        print(f"{args.requests * args.rounds} requests each way, alternating; medians; each a new visitor")
        without, with_ = statistics.median(without_counting), statistics.median(with_counting)
        print(f"  whole request without counting   {without:7.3f} ms")
        print(f"  whole request with counting      {with_:7.3f} ms")
        print(f"  overhead                         {with_ - without:7.3f} ms")
        print("Counting step alone (impact.middleware.count_response):")
        for name, value in alone.items():
            print(f"  {name:<32} {value:7.3f} ms")


if __name__ == "__main__":
    main()
