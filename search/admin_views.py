"""Wagtail admin report: what readers searched for in the last 30 days, and what found nothing."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from search import querylog

REPORT_PERMISSION = "search.view_searchqueryday"


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
        context.update(
            days=querylog.REPORT_DAYS,
            top_queries=querylog.top_queries(),
            zero_result_queries=querylog.zero_result_queries(),
        )
        return context
