"""Wagtail hooks: mark the page a request serves; the dashboard's admin menu item, URL and permission; the
products' download counts for the library's "most downloaded" sort."""

from django.db.models import Sum
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from impact import rules, views
from impact.models import DailyProductDownloads

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


@hooks.register("decnet_download_counts")
def product_downloads(page_ids: list[int], since) -> dict[int, int]:
    """Downloads of knowledge products since ``since`` (the library's "most downloaded" sort). Translations
    of a product share its downloads (they are attributed to one version, see impact.services)."""
    keys = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
    versions = dict(
        Page.objects.filter(translation_key__in=set(keys.values())).values_list("pk", "translation_key")
    )
    by_key: dict = {}
    rows = (
        DailyProductDownloads.objects.filter(product_id__in=list(versions), date__gte=since)
        .values("product_id")
        .annotate(total=Sum("downloads"))
    )
    for row in rows:
        key = versions[row["product_id"]]
        by_key[key] = by_key.get(key, 0) + row["total"]
    return {pk: by_key[key] for pk, key in keys.items() if key in by_key}
