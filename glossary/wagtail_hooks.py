"""The glossary's place in the site: the reference index offered beside search ("Browse the glossary"),
and the glossary import in the admin (Pages menu → "Import glossary"), on the rules of glossary.importing."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from decnet.imports import Importer, import_view
from glossary import importing
from glossary.models import GlossaryPage


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
