"""Reading the figures: every number on the dashboard and in `impact_report` comes from these functions."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max, Min, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.models import Page

from blog.models import BlogPostPage
from glossary.models import GlossaryTermPage
from impact.models import DailyDocumentDownloads, DailyPageViews, DailyProductDownloads, DailyVisits
from resources import reporting as products
from search import querylog


@dataclass(frozen=True)
class Period:
    """A period of whole days, both ends included."""

    start: datetime.date
    end: datetime.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("The end of the period is before its start.")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def months(self) -> list[datetime.date]:
        """First day of every calendar month the period touches."""
        month = self.start.replace(day=1)
        months = []
        while month <= self.end:
            months.append(month)
            month = (month + datetime.timedelta(days=32)).replace(day=1)
        return months


def default_period(today: datetime.date | None = None) -> Period:
    """The twelve months up to and including today, as the annual report counts them."""
    today = today or timezone.localdate()
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return Period(year_ago + datetime.timedelta(days=1), today)


@dataclass(frozen=True)
class ProductDownloads:
    product_id: int
    title: str
    url: str
    downloads: int


@dataclass(frozen=True)
class MonthTraffic:
    month: datetime.date
    page_views: int
    visitors: int
    sessions: int


@dataclass(frozen=True)
class PageRank:
    page_id: int
    title: str
    url: str
    locale: str
    views: int


@dataclass(frozen=True)
class SearchRank:
    query: str
    searches: int


def _in(period: Period) -> dict:
    return {"date__gte": period.start, "date__lte": period.end}


def _sum(queryset, field: str) -> int:
    return queryset.aggregate(total=Sum(field))["total"] or 0


def total_downloads(period: Period) -> int:
    """Counted downloads of every file in the period (a file linked from two products counts once)."""
    return _sum(DailyDocumentDownloads.objects.filter(**_in(period)), "downloads")


def total_page_views(period: Period) -> int:
    return _sum(DailyPageViews.objects.filter(**_in(period)), "views")


def total_visitors(period: Period) -> int:
    """Sum of daily unique visitors (a reader who comes back on another day counts again)."""
    return _sum(DailyVisits.objects.filter(**_in(period)), "visitors")


def total_sessions(period: Period) -> int:
    return _sum(DailyVisits.objects.filter(**_in(period)), "sessions")


def _page_titles(page_ids) -> dict[int, Page]:
    return Page.objects.select_related("locale").in_bulk(list(page_ids))


def _url(page: Page | None) -> str:
    return (page.get_url() or "") if page is not None else ""


def downloads_by_product(period: Period) -> list[ProductDownloads]:
    """Downloads attributed to each knowledge product, most downloaded first."""
    rows = (
        DailyProductDownloads.objects.filter(**_in(period))
        .values("product_id")
        .annotate(total=Sum("downloads"))
        .filter(total__gt=0)
    )
    totals = {row["product_id"]: row["total"] for row in rows}
    pages = _page_titles(totals)
    result = [
        ProductDownloads(
            product_id=product_id,
            title=pages[product_id].title if product_id in pages else f"Deleted product #{product_id}",
            url=_url(pages.get(product_id)),
            downloads=total,
        )
        for product_id, total in totals.items()
    ]
    return sorted(result, key=lambda row: (-row.downloads, row.title.lower(), row.product_id))


def downloads_by_language(period: Period) -> list[tuple[str, int]]:
    """Downloads per file language, most downloaded first; a file shared by two products counts once."""
    rows = (
        DailyProductDownloads.objects.filter(**_in(period))
        .values("date", "document_id", "language")
        .annotate(downloads=Max("downloads"))  # every product linking the file got the same count that day
    )
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["language"]] = totals.get(row["language"], 0) + row["downloads"]
    return sorted(
        ((language, n) for language, n in totals.items() if n), key=lambda item: (-item[1], item[0])
    )


def monthly_traffic(period: Period) -> list[MonthTraffic]:
    """Page views, visitors and sessions for every month of the period, months without traffic included."""
    views = {
        row["month"]: row["total"]
        for row in DailyPageViews.objects.filter(**_in(period))
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(total=Sum("views"))
    }
    visits = {
        row["month"]: (row["visitors"], row["sessions"])
        for row in DailyVisits.objects.filter(**_in(period))
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(visitors=Sum("visitors"), sessions=Sum("sessions"))
    }
    return [MonthTraffic(month, views.get(month, 0), *visits.get(month, (0, 0))) for month in period.months()]


def _post_years(until: datetime.date) -> dict:
    """Each blog post's year, by translation key: the earliest date of its live versions up to `until`.

    A post and its translations are one post. The explicit empty `order_by()` matters: Wagtail's default
    `Page` ordering would add `path` to the GROUP BY and make every translation a group of its own.
    """
    rows = (
        BlogPostPage.objects.live()
        .filter(date__lte=until)
        .order_by()
        .values("translation_key")
        .annotate(first=Min("date"))
        .values_list("translation_key", "first")
    )
    return {key: first.year for key, first in rows}


def posts_per_year(until: datetime.date) -> dict[int, int]:
    """Blog posts published per year (by post date), from the first post's year to `until`'s year."""
    counts: dict[int, int] = {}
    for year in _post_years(until).values():
        counts[year] = counts.get(year, 0) + 1
    if not counts:
        return {}
    return {year: counts.get(year, 0) for year in range(min(counts), until.year + 1)}


def posts_per_year_by_language(until: datetime.date) -> dict[int, dict[str, int]]:
    """For each year of `posts_per_year`, how many of those posts are live in each content language.

    A post counts in its year (the year of its first version) in every language it has been published in,
    so a row reads "9 posts, of which 9 in English and 3 in French"."""
    years = _post_years(until)
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    table = {year: dict.fromkeys(languages, 0) for year in posts_per_year(until)}
    versions = (
        BlogPostPage.objects.live()
        .filter(date__lte=until)
        .order_by()
        .values_list("translation_key", "locale__language_code")
        .distinct()
    )
    for key, language in versions:
        year = years.get(key)
        if year in table:
            table[year][language] = table[year].get(language, 0) + 1
    return table


def products_published(period: Period) -> int:
    """Knowledge products (translations counted once) whose publication date falls in the period."""
    return products.products_published(period.start, period.end)


def _top_pages(period: Period, limit: int, page_type: type[Page] | None = None) -> list[PageRank]:
    rows = DailyPageViews.objects.filter(**_in(period))
    if page_type is not None:
        rows = rows.filter(page_id__in=page_type.objects.values("pk"))
    rows = rows.values("page_id").annotate(total=Sum("views")).order_by("-total", "page_id")[:limit]
    totals = [(row["page_id"], row["total"]) for row in rows]
    pages = _page_titles(page_id for page_id, _ in totals)
    return [
        PageRank(
            page_id=page_id,
            title=pages[page_id].title if page_id in pages else f"Deleted page #{page_id}",
            url=_url(pages.get(page_id)),
            locale=pages[page_id].locale.language_code if page_id in pages else "",
            views=total,
        )
        for page_id, total in totals
    ]


def top_pages(period: Period, limit: int = 20) -> list[PageRank]:
    return _top_pages(period, limit)


def top_glossary_terms(period: Period, limit: int = 20) -> list[PageRank]:
    return _top_pages(period, limit, GlossaryTermPage)


def top_searches(period: Period, limit: int = 20) -> list[SearchRank]:
    """The most frequent search queries of the period, from the search app's daily query log."""
    return [SearchRank(*row) for row in querylog.ranking(period.start, period.end, limit=limit)]


def zero_result_searches(period: Period, limit: int = 20) -> list[SearchRank]:
    """The most frequent queries that found nothing: content readers look for and do not find."""
    rows = querylog.ranking(period.start, period.end, zero_results=True, limit=limit)
    return [SearchRank(*row) for row in rows]
