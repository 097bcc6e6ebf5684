"""The impact report as one plain dictionary (`impact_report --format json`), and as tables (csv, xlsx).

The report carries every table of the dashboard, built by the same functions (impact.tables), so the two
cannot disagree.
"""

from django.utils.translation import gettext as _

from impact import selectors, tables
from impact.selectors import Period
from impact.tables import Table

# Keys whose shape predates the full report and is part of the `--format json` contract.
HEADLINE_KEYS = ["downloads", "page_views", "visitors", "sessions", "products_published"]


def headline_figures(period: Period) -> dict:
    """Every figure of the dashboard, under the keys of the `impact_report --format json` contract."""
    figures = {
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "downloads": selectors.total_downloads(period),
        "page_views": selectors.total_page_views(period),
        "visitors": selectors.total_visitors(period),
        "sessions": selectors.total_sessions(period),
        "posts_per_year": {str(year): count for year, count in selectors.posts_per_year(period.end).items()},
        "products_published": selectors.products_published(period),
        "downloads_by_product": [
            {"id": row.product_id, "title": row.title, "url": row.url, "downloads": row.downloads}
            for row in selectors.downloads_by_product(period)
        ],
        "posts_per_year_by_language": {
            str(year): counts for year, counts in selectors.posts_per_year_by_language(period.end).items()
        },
    }
    for name, table in dashboard_tables(period).items():
        figures.setdefault(name, table.records())
    return figures


def dashboard_tables(period: Period) -> dict[str, Table]:
    return {name: tables.build_table(name, period) for name in tables.TABLES}


def summary_table(figures: dict) -> Table:
    """The headline figures as a two-column table, first sheet of the csv and xlsx reports."""
    labels = {
        "downloads": _("Downloads"),
        "page_views": _("Page views"),
        "visitors": _("Visitors"),
        "sessions": _("Sessions"),
        "products_published": _("Knowledge products published"),
    }
    period = figures["period"]
    return Table(
        "summary",
        _("Headline figures from %(start)s to %(end)s") % {"start": period["from"], "end": period["to"]},
        [_("Figure"), _("Value")],
        [(str(labels[key]), figures[key]) for key in HEADLINE_KEYS],
        keys=["figure", "value"],
    )


def report_tables(period: Period) -> list[Table]:
    """The headline figures, then every dashboard table with the dashboard exports' columns."""
    return [summary_table(headline_figures(period)), *dashboard_tables(period).values()]


def as_text(figures: dict) -> str:
    """The figures as sentences and short lists, ready to paste into the report."""
    period = figures["period"]
    lines = [
        f"Impact figures from {period['from']} to {period['to']}",
        "",
        f"Knowledge products downloaded: {figures['downloads']:,} times",
        f"Page views: {figures['page_views']:,}",
        f"Visitors: {figures['visitors']:,}",
        f"Sessions: {figures['sessions']:,}",
        f"Knowledge products published: {figures['products_published']:,}",
        "",
        "Blog posts per year:",
    ]
    lines += [f"  {year}: {count:,}" for year, count in figures["posts_per_year"].items()] or ["  (none)"]
    lines += ["", "Downloads by knowledge product:"]
    lines += [f"  {row['downloads']:>7,}  {row['title']}" for row in figures["downloads_by_product"]] or [
        "  (none)"
    ]
    return "\n".join(lines) + "\n"
