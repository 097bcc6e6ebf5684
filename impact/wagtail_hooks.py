"""Wagtail hooks: the dashboard's admin menu item, URL and permission."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from impact import views

DASHBOARD_PERMISSION = "impact.view_dashboard"


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
