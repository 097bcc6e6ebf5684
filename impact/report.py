"""The headline figures of the annual impact report, as one plain dictionary (used by `impact_report`)."""

from impact import selectors
from impact.selectors import Period


def headline_figures(period: Period) -> dict:
    """The figures in the order and under the keys of the `impact_report --format json` contract."""
    return {
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
    }


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
