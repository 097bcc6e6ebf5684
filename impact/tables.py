"""The dashboard's tables as plain data, shared by the HTML page and the CSV/XLSX exports."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from impact import selectors
from impact.selectors import Period
from search import querylog


@dataclass
class Table:
    name: str
    title: str
    columns: list[str]
    rows: list[tuple] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # optional URL per row, for the first column in HTML
    keys: list[str] = field(default_factory=list)  # untranslated column names, for `impact_report` JSON

    def records(self) -> list[dict]:
        """The rows as dictionaries keyed by `keys` (the JSON report's shape of a dashboard table)."""
        records = [dict(zip(self.keys, row, strict=True)) for row in self.rows]
        for record, url in zip(records, self.links, strict=False):
            record["url"] = url
        return records

    def totals(self) -> dict[str, int]:
        """The sum of every numeric column, by key: what a report and the dashboard must agree on."""
        return {
            key: sum(row[index] for row in self.rows)
            for index, key in enumerate(self.keys)
            if self.rows and all(isinstance(row[index], int) for row in self.rows)
        }

    @property
    def display_rows(self) -> list[dict]:
        """Rows for the HTML table: the heading cell (with its link) and the other cells, numbers marked."""
        return [
            {
                "heading": row[0],
                "url": self.links[index] if index < len(self.links) else "",
                "cells": [{"value": value, "numeric": isinstance(value, int)} for value in row[1:]],
            }
            for index, row in enumerate(self.rows)
        ]

    @property
    def numeric_columns(self) -> list[bool]:
        first = self.rows[0] if self.rows else ()
        return [
            index > 0 and (not first or isinstance(first[index], int)) for index in range(len(self.columns))
        ]


def downloads_by_product(period: Period) -> Table:
    rows = selectors.downloads_by_product(period)
    return Table(
        "downloads_by_product",
        str(_("Downloads per knowledge product")),
        [str(_("Knowledge product")), str(_("Downloads"))],
        [(row.title, row.downloads) for row in rows],
        [row.url for row in rows],
        ["title", "downloads"],
    )


def downloads_by_language(period: Period) -> Table:
    return Table(
        "downloads_by_language",
        str(_("Downloads per file language")),
        [str(_("Language")), str(_("Downloads"))],
        selectors.downloads_by_language(period),
        keys=["language", "downloads"],
    )


def monthly_traffic(period: Period) -> Table:
    return Table(
        "monthly_traffic",
        str(_("Page views, visitors and sessions per month")),
        [str(_("Month")), str(_("Page views")), str(_("Visitors")), str(_("Sessions"))],
        [
            (row.month.strftime("%Y-%m"), row.page_views, row.visitors, row.sessions)
            for row in selectors.monthly_traffic(period)
        ],
        keys=["month", "page_views", "visitors", "sessions"],
    )


def posts_per_year(period: Period) -> Table:
    """Per year: the posts (a post and its translations are one), then how many are in each language."""
    totals = selectors.posts_per_year(period.end)
    by_language = selectors.posts_per_year_by_language(period.end)
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    names = [
        str(_("In %(language)s")) % {"language": name} for _code, name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]
    return Table(
        "posts_per_year",
        str(_("Blog posts published per year")),
        [str(_("Year")), str(_("Blog posts")), *names],
        [
            (str(year), count, *(by_language.get(year, {}).get(code, 0) for code in languages))
            for year, count in totals.items()
        ],
        keys=["year", "posts"] + [f"posts_{code}" for code in languages],
    )


def _page_table(name: str, title: str, ranks: list) -> Table:
    return Table(
        name,
        title,
        [str(_("Page")), str(_("Language")), str(_("Page views"))],
        [(rank.title, rank.locale, rank.views) for rank in ranks],
        [rank.url for rank in ranks],
        ["title", "language", "views"],
    )


def top_pages(period: Period) -> Table:
    return _page_table("top_pages", str(_("Most viewed pages")), selectors.top_pages(period))


def top_glossary_terms(period: Period) -> Table:
    return _page_table(
        "top_glossary_terms", str(_("Most viewed glossary terms")), selectors.top_glossary_terms(period)
    )


def top_searches(period: Period) -> Table:
    return Table(
        "top_searches",
        str(_("Top searches")),
        [str(_("Search")), str(_("Searches"))],
        [(rank.query, rank.searches) for rank in selectors.top_searches(period)],
        keys=["query", "searches"],
    )


def zero_result_searches(period: Period) -> Table:
    return Table(
        "zero_result_searches",
        str(_("Searches without results")),
        [str(_("Search")), str(_("Searches without results"))],
        [(rank.query, rank.searches) for rank in selectors.zero_result_searches(period)],
        keys=["query", "searches"],
    )


TABLES = {
    builder.__name__: builder
    for builder in (
        downloads_by_product,
        downloads_by_language,
        monthly_traffic,
        posts_per_year,
        top_pages,
        top_glossary_terms,
        top_searches,
        zero_result_searches,
    )
}


# Tables of logged search queries: shown and exported only to holders of the one permission that shows query
# data (search.querylog.QUERY_DATA_PERMISSION), like the search report itself.
QUERY_DATA_TABLES = frozenset({"top_searches", "zero_result_searches"})


def visible_tables(user) -> list[str]:
    """The names of the tables this user may see, in the dashboard's order."""
    sees_queries = user.has_perm(querylog.QUERY_DATA_PERMISSION)
    return [name for name in TABLES if sees_queries or name not in QUERY_DATA_TABLES]


def build_table(name: str, period: Period) -> Table:
    """The named table for the period; KeyError for an unknown name."""
    return TABLES[name](period)
