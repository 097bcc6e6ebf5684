"""Search API benchmark: queries per second and p50/p95 latency on each available engine.

Generates a site of 1,000 and of 10,000 pages (blog posts, knowledge products, glossary terms with topics,
countries and dates) in a throw-away test database, indexes it, then sends a mix of /api/v1/search requests
(plain queries, filtered queries, sorted by date, later pages) and /api/v1/search/suggest requests through
Django's test client, one after another. It prints figures; it is not a test.

    .venv/bin/python benchmarks/search.py        # database backend on SQLite (+ OpenSearch if up)
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/search.py --engines database
    .venv/bin/python benchmarks/search.py --sizes 1000 --requests 100

Each (engine, size) runs in its own process so that settings (OPENSEARCH_URL, DATABASE_URL) apply cleanly.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run as a script, this folder comes first on sys.path, and its modules (search.py, impact.py)
# would shadow the site's apps of the same names.
sys.path[:] = [str(ROOT)] + [
    p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent
]
DEFAULT_OPENSEARCH = "http://127.0.0.1:9200"
WORDS = [
    "decentralization",
    "devolution",
    "deconcentration",
    "delegation",
    "governance",
    "accountability",
    "transparency",
    "budget",
    "fiscal",
    "transfers",
    "grants",
    "revenue",
    "taxation",
    "property",
    "municipal",
    "county",
    "district",
    "council",
    "mayor",
    "election",
    "participation",
    "citizens",
    "service",
    "delivery",
    "water",
    "sanitation",
    "health",
    "education",
    "roads",
    "planning",
    "capacity",
    "finance",
    "borrowing",
    "audit",
    "procurement",
    "reform",
    "policy",
    "framework",
    "assessment",
    "indicators",
    "subnational",
    "local",
    "regional",
    "national",
    "intergovernmental",
    "equalization",
    "formula",
    "autonomy",
    "oversight",
    "legislation",
    "constitution",
    "federal",
    "unitary",
    "cities",
    "urban",
    "rural",
    "infrastructure",
    "performance",
    "monitoring",
    "evaluation",
    "data",
    "public",
    "sector",
]
QUERIES = [
    "governance",
    "fiscal decentralization",
    "local elections",
    "budget transparency",
    "intergovernmental transfers",
    "service delivery water",
    "municipal borrowing",
    "property taxation reform",
    "accountability",
    "urban planning capacity",
]
SUGGEST_PREFIXES = ["decentr", "gov", "fisc", "muni", "intergov", "acc", "bud", "loc"]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--requests", type=int, default=200, help="measured search requests per run")
    parser.add_argument(
        "--engines", default="database,opensearch", help="comma-separated: database,opensearch"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    return parser.parse_args()


def opensearch_url() -> str | None:
    url = os.environ.get("OPENSEARCH_URL", DEFAULT_OPENSEARCH)
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/_cluster/health", timeout=3):
            return url
    except OSError:
        return None


# --- worker: runs inside one process with Django set up for one engine -------------------------------------


def build_site(size: int, rng: random.Random) -> dict:
    """Create ``size`` live pages under a fresh home page; returns the filter values used."""
    import datetime

    from django.utils import timezone
    from wagtail.models import Locale, Page, Site

    from blog.models import BlogIndexPage, BlogPostPage
    from decnet.models import Country, HomePage, Region, Topic
    from glossary.models import GlossaryPage, GlossaryTermPage
    from resources.models import ResourceLibraryPage, ResourcePage, ResourceType

    locale = Locale.get_default()
    Page.objects.filter(depth=2).delete()
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Decentralization.Net", slug="home"))
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    blog = home.add_child(instance=BlogIndexPage(title="Blog", slug="blog"))
    library = home.add_child(instance=ResourceLibraryPage(title="Library", slug="library"))
    glossary = home.add_child(instance=GlossaryPage(title="Glossary", slug="glossary"))
    regions = [Region.objects.create(name=f"Region {n}", slug=f"region-{n}", locale=locale) for n in range(5)]
    countries = [
        Country.objects.create(
            name=f"Country {n}", code=f"C{chr(65 + n)}", region=regions[n % 5], locale=locale
        )
        for n in range(20)
    ]
    topics = [
        Topic.objects.create(name=" ".join(rng.sample(WORDS, 2)).title(), slug=f"topic-{n}", locale=locale)
        for n in range(12)
    ]
    kinds = [
        ResourceType.objects.create(name=name, slug=name.lower(), locale=locale)
        for name in ("Primer", "Report")
    ]

    def words(count: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(count))

    published = timezone.now()
    for n in range(size):
        roll = rng.random()
        day = datetime.date(2010, 1, 1) + datetime.timedelta(days=rng.randrange(5800))
        title = f"{words(rng.randint(3, 7)).capitalize()} {n}"
        common = {"title": title, "slug": f"p-{n}", "live": True, "first_published_at": published}
        if roll < 0.5:
            page = BlogPostPage(date=day, summary=words(rng.randint(20, 40)), **common)
            parent = blog
        elif roll < 0.8:
            page = ResourcePage(
                publication_date=day,
                summary=words(rng.randint(20, 40)),
                resource_type=rng.choice(kinds),
                **common,
            )
            parent = library
        else:
            page = GlossaryTermPage(
                definition=f"<p>{words(rng.randint(15, 30))}</p>", abbreviation=f"T{n}", **common
            )
            parent = glossary
        page.topics.set(rng.sample(topics, rng.randint(0, 3)))
        if hasattr(page, "countries"):
            page.countries.set(rng.sample(countries, rng.randint(0, 2)))
        parent.add_child(instance=page)
    return {"topics": [t.slug for t in topics], "countries": [c.code for c in countries]}


def index_everything() -> float:
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    return time.perf_counter() - started


def request_mix(rng: random.Random, values: dict, count: int) -> list[tuple[str, dict]]:
    requests = []
    for _ in range(count):
        params: dict = {"q": rng.choice(QUERIES)}
        roll = rng.random()
        if roll < 0.2:
            params["type"] = rng.choice(["blog", "resource", "glossary"])
        elif roll < 0.35:
            params["topic"] = rng.choice(values["topics"])
        elif roll < 0.45:
            params["country"] = rng.choice(values["countries"])
        elif roll < 0.55:
            params["sort"] = "newest"
        elif roll < 0.65:
            params["page"] = rng.randint(2, 5)
        requests.append(("/api/v1/search", params))
    return requests


def measure(client, requests: list[tuple[str, dict]]) -> dict:
    latencies = []
    started = time.perf_counter()
    for url, params in requests:
        before = time.perf_counter()
        response = client.get(url, params)
        latencies.append(time.perf_counter() - before)
        if response.status_code != 200:
            raise RuntimeError(f"{url} {params} answered {response.status_code}: {response.content[:200]!r}")
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(requests),
        "qps": len(requests) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[max(0, int(len(latencies) * 0.95) - 1)] * 1000,
    }


def worker(size: int, request_count: int) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "decnet.settings.test")
    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    settings.SEARCH_API_RATE_LIMIT = "off"
    settings.ALLOWED_HOSTS = ["*"]
    test_database = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    engine = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1]
    try:
        rng = random.Random(size)
        started = time.perf_counter()
        for config in settings.WAGTAILSEARCH_BACKENDS.values():
            config["AUTO_UPDATE"] = False  # index once, in bulk, after generating
        values = build_site(size, rng)
        generated = time.perf_counter() - started
        indexed = index_everything()
        client = Client()
        warm_up = request_mix(rng, values, 10)
        measure(client, warm_up)
        search = measure(client, request_mix(rng, values, request_count))
        suggest = measure(
            client,
            [
                ("/api/v1/search/suggest", {"q": rng.choice(SUGGEST_PREFIXES)})
                for _ in range(max(20, request_count // 2))
            ],
        )
        sample = client.get("/api/v1/search", {"q": "governance"}).json()
        return {
            "engine": engine,
            "database": connection.vendor,
            "size": size,
            "generate_s": generated,
            "index_s": indexed,
            "matches_for_governance": sample["total"],
            "search": search,
            "suggest": suggest,
        }
    finally:
        if engine != "database":
            from wagtail.search.backends import get_search_backend

            get_search_backend("default").es.indices.delete(
                index=settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] + "*",
                ignore_unavailable=True,
            )
        connection.creation.destroy_test_db(test_database, verbosity=0)


def run_worker(engine: str, size: int, request_count: int) -> dict:
    env = {
        key: value for key, value in os.environ.items() if key not in {"OPENSEARCH_URL", "ELASTICSEARCH_URL"}
    }
    env["PYTHONPATH"] = str(ROOT)
    if engine == "opensearch":
        env["OPENSEARCH_URL"] = opensearch_url() or DEFAULT_OPENSEARCH
        env["SEARCH_INDEX_PREFIX"] = f"bench_{uuid.uuid4().hex[:8]}_"
    command = [sys.executable, __file__, "--worker", "--size", str(size), "--requests", str(request_count)]
    completed = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if completed.returncode != 0:
        raise SystemExit(f"benchmark worker failed ({engine}, {size}):\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main() -> None:
    args = parse_args()
    if args.worker:
        print(json.dumps(worker(args.size, args.requests)))
        return
    engines = [name.strip() for name in args.engines.split(",") if name.strip()]
    if "opensearch" in engines and not opensearch_url():
        print(
            f"OpenSearch does not answer at {os.environ.get('OPENSEARCH_URL', DEFAULT_OPENSEARCH)}: skipped"
        )
        engines.remove("opensearch")
    header = (
        f"{'engine':<22} {'pages':>6} {'index s':>8} {'matches':>8} "
        f"{'search q/s':>10} {'p50 ms':>7} {'p95 ms':>7} {'suggest q/s':>11} {'p50 ms':>7} {'p95 ms':>7}"
    )
    print(header)
    print("-" * len(header))
    for engine in engines:
        for size in args.sizes:
            r = run_worker(engine, size, args.requests)
            name = f"{r['engine']} ({r['database']})"
            print(
                f"{name:<22} {r['size']:>6} {r['index_s']:>8.1f} {r['matches_for_governance']:>8} "
                f"{r['search']['qps']:>10.1f} {r['search']['p50_ms']:>7.1f} {r['search']['p95_ms']:>7.1f} "
                f"{r['suggest']['qps']:>11.1f} {r['suggest']['p50_ms']:>7.1f} {r['suggest']['p95_ms']:>7.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
