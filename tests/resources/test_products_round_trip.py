"""`export_products`, delete the demo library's products, `import_products` the file: the same products,
files and classification come back (translations included)."""

import io

from django.core.management import call_command
from wagtail.models import Locale

from resources.models import ResourcePage


def snapshot() -> dict:
    default = Locale.get_default()
    products = {}
    for page in ResourcePage.objects.filter(locale=default).specific().select_related("resource_type"):
        translations = {
            t.locale.language_code: (
                t.title,
                t.summary,
                t.live,
                sorted((topic.slug, topic.locale_id) for topic in t.topics.all()),
                sorted((country.code, country.locale_id) for country in t.countries.all()),
            )
            for t in ResourcePage.objects.filter(translation_key=page.translation_key)
            .exclude(pk=page.pk)
            .select_related("locale")
        }
        products[page.slug] = (
            page.title,
            page.resource_type.slug,
            page.summary,
            page.publication_date,
            page.publisher,
            page.doi,
            page.isbn,
            page.live,
            [author.person.slug for author in page.authors.all()],
            sorted(topic.slug for topic in page.topics.all()),
            sorted(country.code for country in page.countries.all()),
            [(f.document_id, f.language, f.label) for f in page.files.all()],
            translations,
        )
    return products


def test_export_delete_import_gives_back_the_same_library(demo_site, db, tmp_path):
    before = snapshot()
    assert len(before) >= 20
    assert any(product[-1] for product in before.values())  # some products are translated
    target = tmp_path / "products.xlsx"
    call_command("export_products", str(target), stdout=io.StringIO())
    for page in ResourcePage.objects.order_by("-depth", "-path"):
        page.delete()
    assert not ResourcePage.objects.exists()
    out = io.StringIO()
    call_command("import_products", str(target), "--publish", stdout=out, stderr=io.StringIO())
    total = len(before) + sum(len(product[-1]) for product in before.values())
    assert out.getvalue().strip().splitlines()[-1] == f"created {total}, updated 0, unchanged 0, skipped 0"
    assert snapshot() == before
