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
        "--api-requests",
        type=int,
        help="measure only the first N requests of the mix through the API (default: all); the engine-side "
        "path always runs the whole mix",
    )
    parser.add_argument("--json", help="also append each run's figures to this file (one JSON object a line)")
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
    """Create ``size`` live pages under a fresh home page; returns the filter values used.

    The pages are written with bulk inserts (page rows with their tree paths, then each type's own rows, then
    the topic and country links), a few statements per 500 pages instead of one ``add_child`` per page. The
    random draws are those of the one-by-one generation this replaced, so the site is the same."""
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
    planned: list[tuple[Page, Page, list, list]] = []  # (page, parent, topics, countries)
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
        chosen_topics = rng.sample(topics, rng.randint(0, 3))
        chosen_countries = rng.sample(countries, rng.randint(0, 2)) if hasattr(page, "countries") else []
        planned.append((page, parent, chosen_topics, chosen_countries))
    bulk_insert_pages(planned, locale)
    return {"topics": [t.slug for t in topics], "countries": [c.code for c in countries]}


def bulk_insert_pages(planned: list, locale, batch: int = 500) -> None:
    """Insert the planned pages as ``add_child`` leaves them (tree path, depth, url_path, locale, live)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from wagtail.models import Page

    children: dict[int, int] = {}
    with transaction.atomic():
        for start in range(0, len(planned), batch):
            chunk = planned[start : start + batch]
            rows = []
            for page, parent, _topics, _countries in chunk:
                children[parent.pk] = children.get(parent.pk, parent.numchild) + 1
                row = Page(
                    title=page.title,
                    draft_title=page.title,
                    slug=page.slug,
                    live=True,
                    first_published_at=page.first_published_at,
                    last_published_at=page.first_published_at,
                    content_type=ContentType.objects.get_for_model(type(page)),
                    locale=locale,
                    depth=parent.depth + 1,
                    path=Page._get_path(parent.path, parent.depth + 1, children[parent.pk]),
                    url_path=f"{parent.url_path}{page.slug}/",
                    numchild=0,
                )
                rows.append(row)
            Page.objects.bulk_create(rows)
            by_model: dict[type, list] = {}
            for row, (page, _parent, _topics, _countries) in zip(rows, chunk, strict=True):
                page.page_ptr_id = page.pk = row.pk
                page.id = row.pk
                by_model.setdefault(type(page), []).append(page)
            for model, pages in by_model.items():
                fields = list(model._meta.local_concrete_fields)
                model._base_manager._insert(pages, fields=fields, using="default")
            links: dict[tuple[type, str], list] = {}
            for page, _parent, chosen_topics, chosen_countries in chunk:
                for name, targets in (("topics", chosen_topics), ("countries", chosen_countries)):
                    if not targets:
                        continue
                    through = getattr(type(page), name).through
                    source = type(page)._meta.get_field(name).m2m_field_name()
                    target = type(page)._meta.get_field(name).m2m_reverse_field_name()
                    links.setdefault((through, name), []).extend(
                        through(**{f"{source}_id": page.pk, f"{target}_id": item.pk}) for item in targets
                    )
            for (through, _name), rows_of_links in links.items():
                through.objects.bulk_create(rows_of_links)
        for parent_pk, count in children.items():
            Page.objects.filter(pk=parent_pk).update(numchild=count)


def index_everything(engine_only: bool = False) -> float:
    """One bulk ``update_index``; with a real engine, ``engine_only`` skips the database fallback index (the
    measured requests never use it while the engine answers). Then the planner statistics are refreshed, as
    after any bulk change (decnet.statistics; autovacuum would do it about a minute later)."""
    from django.core.management import call_command

    from decnet.statistics import refresh_after_bulk_change

    started = time.perf_counter()
    if engine_only:
        call_command("update_index", backend_name="default", verbosity=0)
    else:
        call_command("update_index", verbosity=0)
    refresh_after_bulk_change()  # outside a transaction: runs at once
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
    """Wall-clock figures, and this process's CPU time per request (on a shared machine the wall clock
    includes waiting for a core; the CPU time does not, but leaves out the database and engine servers)."""
    from django.core.cache import caches

    from traffic.generation import GENERATION_KEY, generations

    latencies = []
    cpu = []
    started = time.perf_counter()
    for url, params in requests:
        # Every request computed, none answered from a cache; but the generation (traffic.generation) is put
        # back as it was: in production it changes on a publish, not before each search, and a new one makes
        # each worker read again what it keeps per generation (every page name that raises a definition
        # card: 20,000 glossary names at 100,000 pages, ~80 ms of CPU a request).
        generation = generations().get(GENERATION_KEY)
        for cache in caches.all():
            cache.clear()
        if generation is not None:
            generations().set(GENERATION_KEY, generation, None)
        before, before_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, params)
        latencies.append(time.perf_counter() - before)
        cpu.append(time.process_time() - before_cpu)
        if response.status_code != 200:
            raise RuntimeError(f"{url} {params} answered {response.status_code}: {response.content[:200]!r}")
    elapsed = time.perf_counter() - started
    latencies.sort()
    cpu.sort()
    return {
        "requests": len(requests),
        "qps": len(requests) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[max(0, int(len(latencies) * 0.95) - 1)] * 1000,
        "cpu_p50_ms": statistics.median(cpu) * 1000,
        "cpu_p95_ms": cpu[max(0, int(len(cpu) * 0.95) - 1)] * 1000,
    }


FACETS = ["type", "topic", "region", "country", "year"]


class EngineSidePath:
    """What a search API request costs when the engine computes filters, counts and the page of results
    (search/engine_facets.py), i.e. once the query layer is wired to it: one engine request on OpenSearch;
    on the database backends, SQL over the matching set (GROUP BY counts, one ranked page), no id list."""

    def __init__(self):
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Locale

        from blog.models import BlogPostPage
        from glossary.models import GlossaryTermPage
        from resources.models import ResourcePage
        from search import engine, engine_facets
        from search.query import _base_queryset

        self.engine_facets = engine_facets
        self.uses_engine = engine.fallback_alias() is not None
        self.base = _base_queryset(Locale.get_default().pk)
        models = {"blog": BlogPostPage, "resource": ResourcePage, "glossary": GlossaryTermPage}
        self.type_of = {ContentType.objects.get_for_model(m).pk: name for name, m in models.items()}
        self.content_type = {name: pk for pk, name in self.type_of.items()}
        b, r, g = BlogPostPage, ResourcePage, GlossaryTermPage
        # facet -> (model, ORM path of its value codes): the facet layer's declarations, as plain data.
        self.sources = {
            "topic": [(b, "topics__slug"), (r, "topics__slug"), (g, "topics__slug")],
            "country": [(b, "countries__code"), (r, "countries__code")],
            "region": [(b, "countries__region__slug"), (r, "countries__region__slug")],
            "year": [(b, "date__year"), (r, "publication_date__year"), (g, "first_published_at__year")],
        }

    def selection(self, name: str, values: list[str]):
        from django.db.models import Q

        if name == "type":
            return Q(content_type_id__in=[self.content_type[v] for v in values])
        condition = Q(pk__in=[])
        for model, path in self.sources[name]:
            lookup = f"{path}__in" if not path.endswith("__year") else path
            wanted = values if lookup.endswith("__in") else int(values[0])
            condition |= Q(pk__in=model.objects.filter(**{lookup: wanted}).values("pk"))
        return condition

    def run(self, params: dict) -> tuple[int, dict]:
        from django.db.models import Count
        from django.db.models.functions import Coalesce, TruncDate
        from wagtail.models import Page

        from search.text import search_terms

        query = " ".join(search_terms(params["q"]))
        filters = {
            name: [params[name]] for name in ("type", "topic", "country", "region", "year") if name in params
        }
        order = params.get("sort", "relevance")
        offset, limit = (params.get("page", 1) - 1) * 10, 10
        if self.uses_engine:
            answer = self.engine_facets.engine_search_with_facets(
                query,
                self.base,
                filters=filters,
                facets=FACETS,
                missing={"type": "page"},
                order=order,
                date_fields=("date", "publication_date", "first_published_at"),
                title_words_first=order == "relevance",
                offset=offset,
                limit=limit,
            )
            ids, total, counts = answer.ids, answer.total, answer.counts
        else:
            matching = self.engine_facets.matching_queryset(query, self.base)
            chosen = {name: self.selection(name, values) for name, values in filters.items()}
            narrowed = matching.filter(*chosen.values())
            total = narrowed.count()
            if order == "newest":
                dated = narrowed.annotate(
                    listed=Coalesce(
                        "blogpostpage__date",
                        "resourcepage__publication_date",
                        TruncDate("first_published_at"),
                    )
                )
                ids = list(
                    dated.order_by("-listed", "-pk").values_list("pk", flat=True)[offset : offset + limit]
                )
            else:
                ids = self.engine_facets.ranked_ids(query, self.base.filter(*chosen.values()), offset, limit)
            counts = {}
            for name in FACETS:
                others = matching.filter(*(q for other, q in chosen.items() if other != name))
                if name == "type":
                    rows = (
                        others.values("content_type_id")
                        .annotate(n=Count("pk"))
                        .values_list("content_type_id", "n")
                    )
                    counts[name] = {self.type_of.get(ct, "page"): n for ct, n in rows.order_by()}
                    continue
                merged: dict[str, int] = {}
                for model, path in self.sources[name]:
                    for value, n in self.engine_facets.count_by(others, model, path).items():
                        merged[value] = merged.get(value, 0) + n
                counts[name] = merged
        pages = [page.get_url() for page in Page.objects.filter(pk__in=ids).specific()]
        return total, {"pages": len(pages), "counts": counts}


def measure_calls(call, requests: list[tuple[str, dict]]) -> dict:
    latencies = []
    started = time.perf_counter()
    for _url, params in requests:
        before = time.perf_counter()
        call(params)
        latencies.append(time.perf_counter() - before)
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(requests),
        "qps": len(requests) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[max(0, int(len(latencies) * 0.95) - 1)] * 1000,
    }


def worker(size: int, request_count: int, api_request_count: int) -> dict:
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
        indexed = index_everything(engine_only=engine != "database")
        client = Client()
        warm_up = request_mix(rng, values, 10)
        measure(client, warm_up)
        mix = request_mix(rng, values, request_count)
        search = measure(client, mix[:api_request_count])
        suggest = measure(
            client,
            [
                ("/api/v1/search/suggest", {"q": rng.choice(SUGGEST_PREFIXES)})
                for _ in range(max(20, request_count // 2))
            ],
        )
        broadest = [("/api/v1/search", {"q": "governance"})] * max(10, api_request_count // 4)
        governance = measure(client, broadest)
        path = EngineSidePath()
        measure_calls(path.run, warm_up)
        engine_side = measure_calls(path.run, mix)
        engine_governance = measure_calls(path.run, broadest)
        sample = client.get("/api/v1/search", {"q": "governance"}).json()
        return {
            "engine": engine,
            "database": connection.vendor,
            "size": size,
            "generate_s": generated,
            "index_s": indexed,
            "matches_for_governance": sample["total"],
            "engine_side_matches": path.run({"q": "governance"})[0],
            "search": search,
            "suggest": suggest,
            "governance": governance,
            "engine_side": engine_side,
            "engine_side_governance": engine_governance,
        }
    finally:
        if engine != "database":
            from wagtail.search.backends import get_search_backend

            get_search_backend("default").es.indices.delete(
                index=settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] + "*",
                ignore_unavailable=True,
            )
        connection.creation.destroy_test_db(test_database, verbosity=0)


def run_worker(engine: str, size: int, request_count: int, api_request_count: int) -> dict:
    env = {
        key: value for key, value in os.environ.items() if key not in {"OPENSEARCH_URL", "ELASTICSEARCH_URL"}
    }
    env["PYTHONPATH"] = str(ROOT)
    if engine == "opensearch":
        env["OPENSEARCH_URL"] = opensearch_url() or DEFAULT_OPENSEARCH
        env["SEARCH_INDEX_PREFIX"] = (
            f"{os.environ.get('SEARCH_INDEX_PREFIX', '')}bench_{uuid.uuid4().hex[:8]}_"
        )
    command = [
        sys.executable,
        __file__,
        "--worker",
        "--size",
        str(size),
        "--requests",
        str(request_count),
        "--api-requests",
        str(api_request_count),
    ]
    completed = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if completed.returncode != 0:
        raise SystemExit(f"benchmark worker failed ({engine}, {size}):\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main() -> None:
    args = parse_args()
    if args.worker:
        print(json.dumps(worker(args.size, args.requests, args.api_requests or args.requests)))
        return
    engines = [name.strip() for name in args.engines.split(",") if name.strip()]
    if "opensearch" in engines and not opensearch_url():
        print(
            f"OpenSearch does not answer at {os.environ.get('OPENSEARCH_URL', DEFAULT_OPENSEARCH)}: skipped"
        )
        engines.remove("opensearch")
    header = (
        f"{'engine':<22} {'pages':>7} {'gen s':>7} {'index s':>8} {'matches':>8} "
        f"{'api q/s':>8} {'p50 ms':>7} {'p95 ms':>7} {'gov p95':>8} "
        f"{'eng-side q/s':>12} {'p50 ms':>7} {'p95 ms':>7} {'gov p95':>8} "
        f"{'suggest q/s':>11} {'p50 ms':>7} {'p95 ms':>7} {'api cpu p95':>11} {'gov cpu p95':>11}"
    )
    print(header)
    print("-" * len(header))
    for engine in engines:
        for size in args.sizes:
            r = run_worker(engine, size, args.requests, args.api_requests or args.requests)
            if args.json:
                with open(args.json, "a", encoding="utf-8") as out:
                    out.write(json.dumps(r) + "\n")
            name = f"{r['engine']} ({r['database']})"
            api, side = r["search"], r["engine_side"]
            print(
                f"{name:<22} {r['size']:>7} {r['generate_s']:>7.1f} {r['index_s']:>8.1f} "
                f"{r['matches_for_governance']:>8} "
                f"{api['qps']:>8.1f} {api['p50_ms']:>7.1f} {api['p95_ms']:>7.1f} "
                f"{r['governance']['p95_ms']:>8.1f} "
                f"{side['qps']:>12.1f} {side['p50_ms']:>7.1f} {side['p95_ms']:>7.1f} "
                f"{r['engine_side_governance']['p95_ms']:>8.1f} "
                f"{r['suggest']['qps']:>11.1f} {r['suggest']['p50_ms']:>7.1f} {r['suggest']['p95_ms']:>7.1f} "
                f"{api.get('cpu_p95_ms', 0):>11.1f} {r['governance'].get('cpu_p95_ms', 0):>11.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
