"""Measured relevance: the judged queries (tests/search/relevance/judgments.json) run through the site's own
search (``search.query.run_search``), scored with nDCG@10 and MRR, per language and overall.

Shared by ``benchmarks/relevance.py`` (every engine, on a fresh demo database) and the regression test
``tests/search/test_relevance_judged.py`` (the configured engine, on the demo snapshot). Needs Django set up.

A judged page is named by its search type and slug (``"blog/indonesia-village-fund"``); the language is the
query's, so the same key names the page's translation in each language (the demo keeps one slug per page in
every language). Unjudged pages count as grade 0.

- **nDCG@10**: gain ``2**grade - 1`` discounted by ``log2(rank + 1)`` over the first ten results, divided by
  the same sum for the ideal order of the query's judgments (so a query's best possible page 1 scores 1.0).
- **MRR**: the mean of ``1 / rank`` of the first result graded 2 or 3 in the first ten (0 when none is).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGMENTS = ROOT / "tests" / "search" / "relevance" / "judgments.json"
RECORDED = ROOT / "tests" / "search" / "relevance" / "recorded.json"
CUTOFF = 10
RELEVANT_GRADE = 2  # MRR: the first result at least this good


@dataclass(frozen=True)
class JudgedQuery:
    id: str
    lang: str
    q: str
    kind: str
    grades: dict[str, int]


@dataclass
class QueryScore:
    query: JudgedQuery
    ranked: list[str]
    ndcg: float
    reciprocal_rank: float


@dataclass
class Scores:
    """Per-query scores and their means per language and overall."""

    queries: list[QueryScore] = field(default_factory=list)

    def mean(self, lang: str | None = None) -> tuple[float, float]:
        chosen = [s for s in self.queries if lang is None or s.query.lang == lang]
        if not chosen:
            return 0.0, 0.0
        return (
            sum(s.ndcg for s in chosen) / len(chosen),
            sum(s.reciprocal_rank for s in chosen) / len(chosen),
        )

    def languages(self) -> list[str]:
        return list(dict.fromkeys(s.query.lang for s in self.queries))

    def table(self) -> dict[str, dict[str, float]]:
        """``{"all": {"ndcg": …, "mrr": …, "queries": n}, "<lang>": {…}}``, rounded to 3 decimals."""
        rows: dict[str, dict[str, float]] = {}
        for lang in [None, *self.languages()]:
            ndcg, mrr = self.mean(lang)
            count = sum(1 for s in self.queries if lang is None or s.query.lang == lang)
            rows[lang or "all"] = {"ndcg": round(ndcg, 3), "mrr": round(mrr, 3), "queries": count}
        return rows


def load_judgments(path: Path = JUDGMENTS) -> list[JudgedQuery]:
    data = json.loads(path.read_text(encoding="utf-8"))
    queries = []
    for entry in data["queries"]:
        grades = {key: int(grade) for key, grade in entry["judgments"].items()}
        queries.append(JudgedQuery(entry["id"], entry["lang"], entry["q"], entry["kind"], grades))
    return queries


def discounted_gain(grades: Iterable[int]) -> float:
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(list(grades)[:CUTOFF]))


def score(query: JudgedQuery, ranked: list[str]) -> QueryScore:
    """nDCG@10 and reciprocal rank of one ranked list of page keys against the query's judgments."""
    ideal = discounted_gain(sorted(query.grades.values(), reverse=True))
    gained = discounted_gain(query.grades.get(key, 0) for key in ranked)
    first = next(
        (rank for rank, key in enumerate(ranked[:CUTOFF], 1) if query.grades.get(key, 0) >= RELEVANT_GRADE),
        None,
    )
    return QueryScore(query, ranked, gained / ideal if ideal else 0.0, 1 / first if first else 0.0)


def ranked_keys(query: JudgedQuery) -> list[str]:
    """Page 1 of the site's own search for the query, in its language, as page keys (search type and slug)."""
    from wagtail.models import Page

    from search.query import SearchParams, run_search

    outcome = run_search(SearchParams(q=query.q, lang=query.lang, page_size=CUTOFF))
    slugs = dict(
        Page.objects.filter(pk__in=[result.pk for result in outcome.results]).values_list("pk", "slug")
    )
    return [f"{result.type}/{slugs[result.pk]}" for result in outcome.results]


def evaluate(queries: list[JudgedQuery] | None = None) -> Scores:
    scores = Scores()
    for query in queries if queries is not None else load_judgments():
        scores.queries.append(score(query, ranked_keys(query)))
    return scores


def missing_pages(queries: list[JudgedQuery]) -> list[str]:
    """Judged keys that name no live page of the query's language (a typo in the judgments)."""
    from wagtail.models import Page

    from decnet.content import content_models

    types = {model.search_type: model for model in content_models()}
    wanted: dict[str, set[str]] = defaultdict(set)
    for query in queries:
        wanted[query.lang].update(query.grades)
    missing = []
    for lang, keys in sorted(wanted.items()):
        for key in sorted(keys):
            kind, _, slug = key.partition("/")
            model = types.get(kind, Page)
            if not model.objects.live().filter(locale__language_code=lang, slug=slug).exists():
                missing.append(f"{lang}:{key}")
    return missing


def load_recorded(path: Path = RECORDED) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
