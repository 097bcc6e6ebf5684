"""The Impact dashboard in the Wagtail admin, and the CSV/XLSX export of each of its tables."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from impact import charts, exports, selectors, services, tables
from impact.forms import PeriodForm

PERMISSION = "impact.view_dashboard"
EXPORT_FORMATS = {
    "csv": (exports.to_csv, "text/csv; charset=utf-8"),
    "xlsx": (exports.to_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "impact/dashboard.html"
    page_title = gettext_lazy("Impact")
    header_icon = "table"

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        self.form = PeriodForm(request.GET or None)
        services.flush()  # this process's pending counts; other workers write theirs within seconds
        export = request.GET.get("export")
        if export is not None:
            return self.export(export, request.GET.get("table", ""))
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list:
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def period(self) -> selectors.Period | None:
        if not self.form.is_bound:
            return selectors.default_period()
        return self.form.period if self.form.is_valid() else None

    def export(self, file_format: str, table_name: str) -> HttpResponse:
        # 400, not 404: a 404 outside the language prefix would be redirected by LocaleMiddleware.
        if file_format not in EXPORT_FORMATS or table_name not in tables.TABLES:
            return HttpResponseBadRequest(_("Unknown export format or table."), content_type="text/plain")
        if table_name not in tables.visible_tables(self.request.user):
            raise PermissionDenied
        period = self.period()
        if period is None:
            return HttpResponseBadRequest(_("Invalid period."), content_type="text/plain")
        convert, content_type = EXPORT_FORMATS[file_format]
        response = HttpResponse(convert(tables.build_table(table_name, period)), content_type=content_type)
        filename = f"impact-{table_name}-{period.start}-{period.end}.{file_format}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["form"] = self.form if self.form.is_bound else PeriodForm(initial=self._initial())
        period = self.period()
        context["period"] = period
        if period is None:
            return context
        built = {name: tables.build_table(name, period) for name in tables.visible_tables(self.request.user)}
        query = {"start": period.start.isoformat(), "end": period.end.isoformat()}
        context.update(
            totals={
                "downloads": selectors.total_downloads(period),
                "page_views": selectors.total_page_views(period),
                "visitors": selectors.total_visitors(period),
                "sessions": selectors.total_sessions(period),
                "products_published": selectors.products_published(period),
            },
            tables=built,
            export_base=reverse("impact_dashboard"),
            period_query=query,
            charts=self._charts(built),
        )
        return context

    def _initial(self) -> dict:
        default = selectors.default_period()
        return {"start": default.start, "end": default.end}

    def _charts(self, built: dict) -> dict:
        products = built["downloads_by_product"]
        traffic = built["monthly_traffic"]
        posts = built["posts_per_year"]
        return {
            "downloads_by_product": charts.horizontal_bars(
                _("Downloads per knowledge product"),
                _("Bar chart of downloads per knowledge product; the table beside it has the figures."),
                [(title, count) for title, count in products.rows[:15]],
            ),
            "monthly_traffic": charts.lines(
                _("Page views, visitors and sessions per month"),
                _("Monthly page views, visitors and sessions as lines; the table beside it has the figures."),
                [row[0] for row in traffic.rows],
                [
                    (_("Page views"), [row[1] for row in traffic.rows]),
                    (_("Visitors"), [row[2] for row in traffic.rows]),
                    (_("Sessions"), [row[3] for row in traffic.rows]),
                ],
            ),
            "posts_per_year": charts.vertical_bars(
                _("Blog posts published per year"),
                _("Bar chart of blog posts published per year; the table beside it has the figures."),
                [(row[0], row[1]) for row in posts.rows],
            ),
        }


dashboard = DashboardView.as_view()
