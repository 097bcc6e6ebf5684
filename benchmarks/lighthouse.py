"""Lighthouse scores (mobile: performance, accessibility, SEO, best practices) of the browser tests' pages.

Runs npm's ``lighthouse`` 12.x (installed in benchmarks/node_modules by ``npm ci``) with Debian's Chromium
(``CHROME_PATH=/usr/bin/chromium``) against the site served as in production (scripts/serve.py:
production settings, gunicorn, demo content), or against a running site given with ``--base-url``.
Lighthouse's default form factor is a phone (a Moto G Power's screen, simulated slow 4G and a 4× slower CPU),
which is the run issue 14 asks for. The goal is performance ≥ 95 on the pages readers land on (home, post,
product, term, library, hubs; ``PERFORMANCE_PAGES``) and accessibility, best practices and SEO 100 everywhere.
Performance depends on the machine: on a shared or busy one the simulated CPU time is inflated, so say so when
quoting figures. Pages meant to stay out of search engines (search results: ``noindex``) and the
404 page lose SEO points by design: the table marks them.

    .venv/bin/python benchmarks/lighthouse.py [--base-url http://127.0.0.1:8000] [--lang en] [--page home]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "benchmarks"
# Run as a script, this folder comes first on sys.path; its modules (search.py) would shadow the site's apps.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

from scripts.serve import RunningSite, running_site  # noqa: E402
from scripts.site_pages import LANGUAGES, page_paths  # noqa: E402

LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "seo", "best-practices")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run"
# Lower SEO by design: kept out of search engines (noindex) or not a page at all.
NOT_FOR_SEARCH_ENGINES = {"search with results", "search with none", "404"}
# The 404 page's own status is logged by Chromium as a console error (best practices) and fails the status
# audit (SEO): both are the page doing its job.
LOST_BY_DESIGN = {"404": {"errors-in-console", "http-status-code"}}
# The pages issue 14 holds to performance >= 95 (the others are printed, not held to it).
PERFORMANCE_PAGES = {
    "home",
    "blog post",
    "knowledge product",
    "glossary term",
    "library",
    "topic hub",
    "country hub",
}


def ensure_lighthouse() -> None:
    """npm ci in benchmarks/ (and Chromium) when missing, through the same script the tests use."""
    if not LIGHTHOUSE.exists():
        subprocess.run([str(ROOT / "scripts" / "browser-deps.sh"), "benchmarks"], check=True)


def audit(url: str, *, expect_error_status: bool = False) -> dict:
    """One Lighthouse run: the category scores (0–100) and the audits that lost points."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    if expect_error_status:  # Lighthouse refuses to audit a 404 page unless told to
        command.append("--ignore-status-code")
    completed = subprocess.run(
        command,
        env={**os.environ, "CHROME_PATH": CHROME},
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}: {completed.stderr[-2000:]}")
    report = json.loads(completed.stdout)
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    lost_by_category = {
        name: {
            ref["id"]
            for ref in report["categories"][name]["auditRefs"]
            if ref.get("weight", 0) > 0 and (report["audits"][ref["id"]].get("score") not in (None, 1))
        }
        for name in CATEGORIES
    }
    lost = sorted(set().union(*lost_by_category.values()))
    metrics = {
        name: report["audits"][audit_id].get("numericValue")
        for name, audit_id in (
            ("FCP", "first-contentful-paint"),
            ("LCP", "largest-contentful-paint"),
            ("TBT", "total-blocking-time"),
            ("CLS", "cumulative-layout-shift"),
        )
    }
    return {"scores": scores, "lost": lost, "lost_by_category": lost_by_category, "metrics": metrics}


def run(site: RunningSite, languages: list[str], pages: list[str] | None) -> int:
    header = (
        f"{'page':<28} {'lang':<4} {'perf':>5} {'a11y':>5} {'SEO':>5} {'BP':>5}  {'LCP ms':>7} {'TBT ms':>7}"
        f" {'CLS':>5}  {'time':>6}  audits losing points"
    )
    print(header)
    print("-" * len(header))
    below_goal = 0
    for lang in languages:
        for name, path in page_paths(lang).items():
            if pages and name not in pages:
                continue
            started = time.perf_counter()
            result = audit(site.base_url + path, expect_error_status=name == "404")
            scores = result["scores"]
            note = " (noindex/404 by design)" if name in NOT_FOR_SEARCH_ENGINES else ""
            seo_goal = name in NOT_FOR_SEARCH_ENGINES or scores["seo"] == 100
            performance_goal = name not in PERFORMANCE_PAGES or scores["performance"] >= 95
            by_design = LOST_BY_DESIGN.get(name, set())
            best_practices_goal = result["lost_by_category"]["best-practices"] <= by_design
            goals = (scores["accessibility"] == 100, seo_goal, best_practices_goal, performance_goal)
            if not all(goals):
                below_goal += 1
            metrics = result["metrics"]
            print(
                f"{name:<28} {lang:<4} {scores['performance']:>5} {scores['accessibility']:>5} "
                f"{scores['seo']:>5} {scores['best-practices']:>5}  "
                f"{metrics['LCP'] or 0:>7.0f} {metrics['TBT'] or 0:>7.0f} {metrics['CLS'] or 0:>5.3f}  "
                f"{time.perf_counter() - started:>5.1f}s  "
                f"{', '.join(result['lost']) or '-'}{note}",
                flush=True,
            )
    print(
        "pages below the goal (performance >= 95 on the landing pages; a11y, SEO and best practices 100): "
        f"{below_goal}"
    )
    return below_goal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="a running site (default: serve one as in production)")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="a language (default: all)")
    parser.add_argument("--page", action="append", help="a page name from scripts/site_pages.py")
    args = parser.parse_args()
    ensure_lighthouse()
    if args.base_url:
        served = nullcontext(RunningSite(base_url=args.base_url.rstrip("/"), folder=None))
    else:
        served = running_site()
    with served as site:
        run(site, args.lang or list(LANGUAGES), args.page)


if __name__ == "__main__":
    main()
