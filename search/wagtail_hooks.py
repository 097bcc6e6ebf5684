"""Admin: the search query report under Reports, and its permission in the group settings; the keyword
search that listings (the library) use."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import REPORT_PERMISSION, SearchQueriesReportView
from search.query import keyword_ids


class SearchQueriesMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/search-queries/", SearchQueriesReportView.as_view(), name="search_queries_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return SearchQueriesMenuItem(
        _("Search queries"),
        reverse("search_queries_report"),
        name="search-queries",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_permissions")
def register_report_permission():
    return Permission.objects.filter(content_type__app_label="search", codename="view_searchqueryday")


# Listings with a keyword box (the library) search through the same query layer as the search page.
hooks.register("decnet_keyword_search", keyword_ids)
