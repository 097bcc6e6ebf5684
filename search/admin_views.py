"""Wagtail admin report: what readers searched for in the last 30 days in each language, what found nothing,
and the popular searches each language's search page offers (with a link to hide one)."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from multilingual.languages import LANGUAGES
from search import querylog
from search.models import HiddenSearchQuery

REPORT_PERMISSION = querylog.QUERY_DATA_PERMISSION
HIDE_PERMISSION = "search.add_hiddensearchquery"


class SearchQueriesReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/search_queries_report.html"
    page_title = _("Search queries")
    header_icon = "search"
    breadcrumbs_items = [
        {"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")},
        {"url": "", "label": _("Reports")},
    ]

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict]:
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        hidden = set(HiddenSearchQuery.objects.values_list("query", flat=True))
        names = dict(LANGUAGES)

        def described(rows: list[dict]) -> list[dict]:
            for row in rows:
                row["language_name"] = names.get(row["language"]) or gettext("Unknown")
                row["hidden"] = row["query"] in hidden
            return rows

        can_hide = self.request.user.has_perm(HIDE_PERMISSION)
        context.update(
            days=querylog.REPORT_DAYS,
            min_clients=querylog.POPULAR_MIN_CLIENTS,
            top_queries=described(querylog.top_queries()),
            zero_result_queries=described(querylog.zero_result_queries()),
            popular=[(name, querylog.popular_queries(code)) for code, name in LANGUAGES],
            hide_url=reverse("wagtailsnippets_search_hiddensearchquery:add") if can_hide else "",
            hidden_url=reverse("wagtailsnippets_search_hiddensearchquery:list") if can_hide else "",
        )
        return context
