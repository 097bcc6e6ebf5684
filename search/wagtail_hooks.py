"""Admin: the one search query report under Reports (Wagtail's empty "Search terms" report is hidden and
sent here), its permission in the group settings, the hidden popular searches (a snippet), and the keyword
search that listings (the library) use."""

from django.contrib.auth.models import Permission
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from search.admin_views import REPORT_PERMISSION, SearchQueriesReportView
from search.models import HiddenSearchQuery
from search.query import keyword_ids

WAGTAIL_SEARCH_TERMS_MENU_NAME = "search-terms"


class SearchQueriesMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(REPORT_PERMISSION)


# order=-1: before wagtail.contrib.search_promotions' own URLs, so that its report's address leads here.
@hooks.register("register_admin_urls", order=-1)
def register_report_url():
    report = SearchQueriesReportView.as_view()
    return [
        path("reports/search-queries/", report, name="search_queries_report"),
        path("searchpicks/reports/search-terms/", to_the_search_queries_report),
    ]


def to_the_search_queries_report(request):
    return redirect("search_queries_report")


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return SearchQueriesMenuItem(
        _("Search queries"),
        reverse("search_queries_report"),
        name="search-queries",
        icon_name="search",
        order=1310,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms(request, menu_items: list) -> None:
    """One search report: Wagtail's "Search terms" (fed by nothing here) leaves the Reports menu."""
    menu_items[:] = [item for item in menu_items if item.name != WAGTAIL_SEARCH_TERMS_MENU_NAME]


@hooks.register("register_permissions")
def register_report_permission():
    return Permission.objects.filter(content_type__app_label="search", codename="view_searchqueryday")


class HideQueryView(CreateView):
    """The add form, filled in from the report's "Hide" link (``?query=…``)."""

    def get_initial(self) -> dict:
        return {**super().get_initial(), "query": self.request.GET.get("query", "")[:255]}


class HiddenSearchQueryViewSet(SnippetViewSet):
    model = HiddenSearchQuery
    icon = "no-view"
    menu_label = _("Hidden popular searches")
    list_display = ["query", "reason", "created_at"]
    form_fields = ["query", "reason"]
    add_view_class = HideQueryView


register_snippet(HiddenSearchQueryViewSet)

# Listings with a keyword box (the library) search through the same query layer as the search page.
hooks.register("decnet_keyword_search", keyword_ids)
