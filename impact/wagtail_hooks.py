"""Wagtail hooks: mark the page a request serves; the dashboard's admin menu item, URL and permission; the
home page's downloads figure."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from decnet.home import HomeFigure
from impact import rules, selectors, views

DASHBOARD_PERMISSION = "impact.view_dashboard"


# order=10: inside Wagtail's own view-restriction wrapper (order 0), so a password form is never a view.
@hooks.register("on_serve_page", order=10)
def mark_served_page(next_serve):
    def serve(page, request, args, kwargs):
        if rules.is_page_view_route(request):
            setattr(request, rules.PAGE_ATTRIBUTE, page)
        return next_serve(page, request, args, kwargs)

    return serve


class ImpactMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(DASHBOARD_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_impact_menu_item() -> MenuItem:
    return ImpactMenuItem(
        _("Impact"), reverse("impact_dashboard"), name="impact", icon_name="table", order=850
    )


@hooks.register("register_admin_urls")
def register_impact_urls() -> list:
    return [path("impact/", views.dashboard, name="impact_dashboard")]


@hooks.register("register_permissions")
def register_impact_permission():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="impact", codename="view_dashboard")


@hooks.register("decnet_home_figures")
def downloads_figure(request, locale) -> HomeFigure:
    """Downloads of knowledge products in the past twelve months, as the annual impact report counts them."""
    count = selectors.total_downloads(selectors.default_period())
    label = ngettext(
        "download of knowledge products in the past 12 months",
        "downloads of knowledge products in the past 12 months",
        count,
    )
    return HomeFigure(value=count, label=label, order=10)
