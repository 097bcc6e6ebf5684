"""Relevance benchmark: nDCG@10 and MRR of the site's own search on the demo content, per engine and language.

For each engine it loads the demo content (``load_demo_content``) into a fresh database, runs every judged
query of tests/search/relevance/judgments.json through ``search.query.run_search`` (the page's and the API's
one query layer) in the query's language, and prints nDCG@10 and MRR per language and overall
(scripts/relevance.py defines the measures). It prints figures; it is not a test.

    .venv/bin/python benchmarks/relevance.py                      # SQLite (+ PostgreSQL, OpenSearch if given)
    DATABASE_URL=postgres://u:p@host:5432/name OPENSEARCH_URL=http://127.0.0.1:9233 \
        .venv/bin/python benchmarks/relevance.py --engines sqlite,postgresql,opensearch
    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python benchmarks/relevance.py --existing
    .venv/bin/python benchmarks/relevance.py --queries      # also each query's nDCG and page 1

- **sqlite**: a new SQLite file in a temporary folder.
- **postgresql**: a new database ``<name>_relevance`` beside the one DATABASE_URL names (dropped first and
  after); needs a PostgreSQL DATABASE_URL whose role may create databases.
- **opensearch**: when OPENSEARCH_URL is set: a new SQLite file and a fresh index prefix on that node (its
  indexes are deleted afterwards).
- ``--existing``: no loading; measure the database DATABASE_URL names as it is (it must hold the demo), with
  whatever engine the environment configures. For quick tuning rounds.

Each engine runs in its own process, so that its settings (DATABASE_URL, OPENSEARCH_URL) apply cleanly.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
# Run as a script, this folder comes first on sys.path, and its modules (search.py, impact.py) would shadow
# the site's apps of the same names.
sys.path[:] = [str(ROOT)] + [
    p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent
]
SETTINGS = "decnet.settings.dev"
ENGINES = ("sqlite", "postgresql", "opensearch")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--engines", help="comma-separated: sqlite,postgresql,opensearch (default: available)"
    )
    parser.add_argument("--existing", action="store_true", help="measure DATABASE_URL as it is (no loading)")
    parser.add_argument("--queries", action="store_true", help="also print each query's nDCG@10 and page 1")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args()


# --- worker: one process, Django set up for one engine, the demo already loaded ----------------------------


def measure(show_queries: bool) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    django.setup()
    from scripts import relevance
    from search.engine import engine_name

    queries = relevance.load_judgments()
    missing = relevance.missing_pages(queries)
    if missing:
        raise SystemExit(f"judged pages missing from the demo content: {', '.join(missing)}")
    started = time.monotonic()
    scores = relevance.evaluate(queries)
    figures = {"engine": engine_name(), "seconds": round(time.monotonic() - started, 1), **scores.table()}
    if show_queries:
        figures["per_query"] = [
            {"id": s.query.id, "ndcg": round(s.ndcg, 3), "rr": round(s.reciprocal_rank, 3), "page1": s.ranked}
            for s in scores.queries
        ]
    return figures


# --- parent: one fresh database per engine ------------------------------------------------------------------


def _run(command: list[str], env: dict, what: str) -> str:
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{what} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result.stdout


def _postgres_admin(url: str, sql: str) -> None:
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username,
        password=parts.password,
        dbname=parts.path.lstrip("/") or "postgres",
        autocommit=True,
    ) as connection:
        connection.execute(sql)


def _delete_indexes(url: str, prefix: str) -> None:
    import urllib.request

    request = urllib.request.Request(f"{url.rstrip('/')}/{prefix}*", method="DELETE")
    try:
        urllib.request.urlopen(request, timeout=30).read()
    except OSError as error:
        print(f"could not delete the {prefix}* indexes: {error}", file=sys.stderr)


def run_engine(engine: str, args: argparse.Namespace) -> dict:
    env = {
        key: value for key, value in os.environ.items() if key not in {"OPENSEARCH_URL", "ELASTICSEARCH_URL"}
    }
    env["DJANGO_SETTINGS_MODULE"] = SETTINGS
    scratch = Path(tempfile.mkdtemp(prefix=f"decnet-relevance-{engine}-"))
    env["MEDIA_ROOT"] = str(scratch / "media")
    cleanup = []
    try:
        if engine == "postgresql":
            base = os.environ["DATABASE_URL"]
            parts = urlsplit(base)
            name = f"{parts.path.lstrip('/')}_relevance"
            _postgres_admin(base, f'DROP DATABASE IF EXISTS "{name}"')
            _postgres_admin(base, f'CREATE DATABASE "{name}"')
            cleanup.append(lambda: _postgres_admin(base, f'DROP DATABASE IF EXISTS "{name}"'))
            env["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))
        else:
            env["DATABASE_URL"] = f"sqlite:///{scratch / 'relevance.sqlite3'}"
        if engine == "opensearch":
            url = os.environ["OPENSEARCH_URL"]
            prefix = f"relevance_{uuid.uuid4().hex[:8]}_"
            env.update(OPENSEARCH_URL=url, SEARCH_INDEX_PREFIX=prefix)
            cleanup.append(lambda: _delete_indexes(url, prefix))
        started = time.monotonic()
        _run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], env, f"{engine}: migrate")
        _run([sys.executable, "manage.py", "load_demo_content"], env, f"{engine}: load_demo_content")
        if engine == "opensearch":
            # The loader adds pages to indexes it does not create: on a fresh prefix they would be made by
            # the node with guessed mappings, and nothing would match. update_index builds them properly.
            _run([sys.executable, "manage.py", "update_index"], env, f"{engine}: update_index")
        print(f"{engine}: demo loaded in {time.monotonic() - started:.0f} s", file=sys.stderr)
        command = [sys.executable, str(Path(__file__).resolve()), "--worker"]
        if args.queries:
            command.append("--queries")
        return json.loads(_run(command, env, f"{engine}: measuring").splitlines()[-1])
    finally:
        for step in reversed(cleanup):
            step()
        shutil.rmtree(scratch, ignore_errors=True)


def engines_to_run(args: argparse.Namespace) -> list[str]:
    if args.engines:
        chosen = [name.strip() for name in args.engines.split(",") if name.strip()]
        unknown = set(chosen) - set(ENGINES)
        if unknown:
            raise SystemExit(
                f"unknown engines: {', '.join(sorted(unknown))} (choose from {', '.join(ENGINES)})"
            )
        return chosen
    chosen = ["sqlite"]
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        chosen.append("postgresql")
    if os.environ.get("OPENSEARCH_URL"):
        chosen.append("opensearch")
    return chosen


def print_table(results: dict[str, dict]) -> None:
    languages = [key for key in next(iter(results.values())) if key not in {"engine", "seconds", "per_query"}]
    print(f"{'engine':<12}" + "".join(f"{lang:>16}" for lang in languages))
    print(f"{'':<12}" + "".join(f"{'nDCG@10   MRR':>16}" for _ in languages))
    for engine, figures in results.items():
        cells = "".join(f"{figures[lang]['ndcg']:>9.3f}{figures[lang]['mrr']:>7.3f}" for lang in languages)
        print(f"{engine:<12}{cells}")
    counts = next(iter(results.values()))
    print("queries: " + ", ".join(f"{lang} {counts[lang]['queries']}" for lang in languages))
    for engine, figures in results.items():
        for row in figures.get("per_query", []):
            print(f"{engine:<11} {row['ndcg']:.3f} {row['rr']:.2f} {row['id']}: {' '.join(row['page1'][:5])}")


def main() -> None:
    args = parse_args()
    if args.worker:
        print(json.dumps(measure(args.queries)))
        return
    if args.existing:
        results = {"existing": measure(args.queries)}
    else:
        results = {engine: run_engine(engine, args) for engine in engines_to_run(args)}
    print_table(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
