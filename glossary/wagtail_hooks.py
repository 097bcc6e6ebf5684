"""The glossary's place in the site: the reference index offered beside search ("Browse the glossary"), its
figure and term of the day on the home page (decnet.home), and the glossary import in the admin (Pages menu →
"Import glossary"), on the rules of glossary.importing."""

from __future__ import annotations

import datetime

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale

from decnet.home import HomeFigure
from glossary import importing
from glossary.models import GlossaryPage, GlossaryTermPage
from spreadsheets.imports import Importer, import_view
from traffic.visibility import public


def _glossary() -> GlossaryPage | None:
    try:
        return importing.find_glossary()
    except importing.ImportFileError:
        return None


def may_import(request) -> bool:
    """Editors who may add terms to the glossary of the default language."""
    glossary = _glossary()
    return glossary is not None and glossary.permissions_for_user(request.user).can_add_subpage()


def _done_url() -> str:
    glossary = _glossary()
    return reverse("wagtailadmin_explore", args=[glossary.pk]) if glossary else reverse("wagtailadmin_home")


GLOSSARY_IMPORTER = Importer(
    name="glossary",
    title=_("Import glossary terms"),
    help_text=_(
        "Columns: term, definition (required); abbreviation, synonyms, related, topics (optional; lists "
        "separated by ';'); term:fr, definition:fr, abbreviation:fr, synonyms:fr… for translations. "
        "New and changed terms are saved as drafts unless you choose to publish them."
    ),
    run=importing.import_glossary,
    errors=(importing.ImportFileError, importing.InvalidRows),
    allowed=may_import,
    done_url=_done_url,
)


def glossary_import(request):
    return import_view(request, GLOSSARY_IMPORTER)


@hooks.register("register_admin_urls")
def register_glossary_import_url() -> list:
    return [path("glossary/import/", glossary_import, name="glossary_import")]


class GlossaryImportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return may_import(request)


@hooks.register("register_admin_menu_item")
def register_glossary_import_menu_item() -> MenuItem:
    return GlossaryImportMenuItem(
        _("Import glossary"),
        reverse("glossary_import"),
        name="glossary-import",
        icon_name="upload",
        order=860,
    )


@hooks.register("decnet_reference_index")
def glossary_index() -> type[GlossaryPage]:
    return GlossaryPage


def _live_terms(locale: Locale):
    return public(GlossaryTermPage.objects.live()).filter(locale=locale)


@hooks.register("decnet_home_figures")
def terms_figure(request, locale: Locale) -> HomeFigure:
    """How many terms the glossary defines in the home page's language."""
    count = _live_terms(locale).count()
    glossary = public(GlossaryPage.objects.live()).filter(locale=locale).first()
    label = ngettext("term defined in the glossary", "terms defined in the glossary", count)
    return HomeFigure(value=count, label=label, url=glossary.url if glossary else "", order=30)


def term_of_the_day(locale: Locale, day: datetime.date) -> GlossaryTermPage | None:
    """One term a day, going through the glossary in a fixed order (the same term all day, for every
    reader and every cache)."""
    terms = _live_terms(locale).order_by("path")
    count = terms.count()
    if not count:
        return None
    return terms[day.toordinal() % count]


@hooks.register("decnet_home_term")
def home_term(request, locale: Locale) -> GlossaryTermPage | None:
    return term_of_the_day(locale, timezone.localdate())
