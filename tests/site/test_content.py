"""The content contract (decnet.content): what page types tell shared code, and the indexed facet fields."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.search import index

from blog.models import BlogPostAuthor, BlogPostPage
from decnet.content import ContentPage, content_models, type_labels
from glossary.models import GlossaryTermPage
from resources.models import ResourceFile, ResourcePage
from tests.factories import (
    BlogPostPageFactory,
    CountryFactory,
    PersonFactory,
    RegionFactory,
    ResourcePageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def test_content_models_and_their_type_table():
    models = content_models()
    assert {BlogPostPage, ResourcePage, GlossaryTermPage} <= set(models)
    labels = type_labels()
    assert {
        code: str(label) for code, label in labels.items() if code in {"blog", "resource", "glossary"}
    } == {
        "blog": "Blog post",
        "resource": "Knowledge product",
        "glossary": "Glossary term",
    }
    assert str(labels["page"]) == "Page"


@pytest.mark.parametrize("model", [BlogPostPage, ResourcePage, GlossaryTermPage])
def test_every_facet_is_an_indexed_filter_field(model):
    names = {field.field_name for field in model.search_fields if isinstance(field, index.FilterField)}
    expected = {"facet_type", "facet_year", *(f"facet_{name}" for name in model.facet_paths)}
    assert expected <= names
    assert issubclass(model, ContentPage)


def test_facet_values_of_a_page(blog_index):
    africa = RegionFactory(slug="africa")
    kenya = CountryFactory(code="ke", region=africa)
    topic = TopicFactory(slug="budgets")
    ana = PersonFactory(slug="ana")
    post = BlogPostPageFactory(
        parent=blog_index,
        date=datetime.date(2023, 5, 1),
        topics=[topic],
        countries=[kenya],
        authors=[BlogPostAuthor(person=ana)],
    )
    assert post.facet_type == ["blog"]
    assert post.facet_year == ["2023"]
    assert post.facet_topic == ["budgets"]
    assert post.facet_country == ["KE"]  # upper-case ISO codes, whatever the editor typed
    assert post.facet_region == ["africa"]
    assert post.facet_author == ["ana"]
    classification = post.classification()
    assert classification["topics"] == [topic] and classification["regions"] == [africa]


def test_a_product_reads_its_own_date_summary_and_file_languages(library):
    document = get_document_model().objects.create(title="f", file=ContentFile(b"x", name="f.txt"))
    product = ResourcePageFactory(
        parent=library,
        summary="A <b>short</b> abstract.",
        publication_date=datetime.date(2021, 2, 3),
        files=[ResourceFile(document=document, language="fr", label="Texte")],
    )
    assert product.listing_date == datetime.date(2021, 2, 3)
    assert product.facet_file_language == ["fr"]
    assert product.search_snippet_source().startswith("A short abstract.")
    assert product.og_type == "article"
