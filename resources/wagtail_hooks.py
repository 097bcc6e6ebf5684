"""Admin for the editable list of resource types and the knowledge-product import; the library as a listing
section and its figure on the home page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from decnet.home import HomeFigure
from resources import importing
from resources.models import ResourceLibraryPage, ResourcePage, ResourceType
from spreadsheets.imports import Importer, import_view
from spreadsheets.tabular import ImportFileError, InvalidRows
from traffic.visibility import public


class ResourceTypeViewSet(SnippetViewSet):
    model = ResourceType
    icon = "list-ul"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(ResourceTypeViewSet)


@hooks.register("decnet_listing_sections", order=20)
def library_section() -> type[ResourceLibraryPage]:
    """The library is a listing section: feeds advertised on every page, newest products on the home page."""
    return ResourceLibraryPage


@hooks.register("decnet_home_figures")
def products_figure(request, locale: Locale) -> HomeFigure:
    """How many knowledge products the library offers in the home page's language."""
    count = public(ResourcePage.objects.live()).filter(locale=locale).count()
    library = public(ResourceLibraryPage.objects.live()).filter(locale=locale).first()
    label = ngettext("knowledge product, free to download", "knowledge products, free to download", count)
    return HomeFigure(value=count, label=label, url=library.url if library else "", order=20)


# --- "Import knowledge products": spreadsheets.imports' view on the rules of resources.importing ---


def _library():
    try:
        return importing.find_library()
    except importing.ImportFileError:
        return None


def may_import_products(request) -> bool:
    library = _library()
    return library is not None and library.permissions_for_user(request.user).can_add_subpage()


def _products_done_url() -> str:
    library = _library()
    return reverse("wagtailadmin_explore", args=[library.pk]) if library else reverse("wagtailadmin_home")


def _run_import(path, **options):
    return importing.import_products(path, **options)


PRODUCTS_IMPORTER = Importer(
    name="products",
    title=_("Import knowledge products"),
    help_text=_(
        "Columns: title, type, summary, date (required); slug, publisher, authors, topics, countries, doi, "
        "isbn, files (NAME|LANGUAGE|LABEL, documents already in the library), title:fr, summary:fr… "
        "Lists are separated by ';'. manage.py export_products writes this format."
    ),
    run=_run_import,
    errors=(ImportFileError, InvalidRows),
    allowed=may_import_products,
    done_url=_products_done_url,
)


def products_import(request):
    return import_view(request, PRODUCTS_IMPORTER)


@hooks.register("register_admin_urls")
def register_products_import_url() -> list:
    return [path("resources/import/", products_import, name="products_import")]


class ProductsImportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return may_import_products(request)


@hooks.register("register_admin_menu_item")
def register_products_import_menu_item() -> MenuItem:
    return ProductsImportMenuItem(
        _("Import products"),
        reverse("products_import"),
        name="products-import",
        icon_name="upload",
        order=870,
    )
