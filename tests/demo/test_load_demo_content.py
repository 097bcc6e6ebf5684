"""`manage.py load_demo_content` builds a complete, realistic demo site in five languages, and a second run
changes nothing. Most checks are about the English site; the translations have their own section below."""

import io
import re
import zipfile

import openpyxl
from django.apps import apps
from django.core.management import call_command
from django.utils.html import strip_tags
from freezegun import freeze_time
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from blog.models import BlogIndexPage, BlogPostPage
from decnet.models import Country, HomePage, Person, Region, StandardPage, Topic
from demo import files
from glossary.models import GlossaryPage, GlossaryTermPage
from resources.models import ResourceLibraryPage, ResourcePage, ResourceType

REGION_SLUGS = {
    "africa",
    "asia-pacific",
    "europe-central-asia",
    "latin-america-caribbean",
    "middle-east-north-africa",
    "north-america",
}
RESOURCE_TYPE_SLUGS = {
    "primer",
    "assessment-framework",
    "intergovernmental-profile",
    "databook",
    "glossary",
    "training-material",
    "report",
    "other",
}
ENGLISH = {"locale__language_code": "en"}
TRANSLATIONS = ("fr", "es", "pt", "ar")
MAX_PDF_BYTES = 20_000
MAX_IMAGE_BYTES = 60_000


# ---------------------------------------------------------------------- helpers


def assert_valid_pdf(data: bytes) -> None:
    """A structural parse: header, trailer, and every in-use xref entry points at the object it names."""
    assert data.startswith(b"%PDF-1."), data[:16]
    assert data.rstrip().endswith(b"%%EOF")
    startxref = int(data[data.rindex(b"startxref") + len(b"startxref") :].split()[0])
    table = re.match(rb"xref\s+(\d+)\s+(\d+)\s+", data[startxref:])
    assert table, "startxref does not point at an xref table"
    first, count = int(table.group(1)), int(table.group(2))
    entries = re.findall(rb"(\d{10}) (\d{5}) ([nf])", data[startxref + table.end() :])[:count]
    assert len(entries) == count
    for number, (offset, _generation, kind) in enumerate(entries, start=first):
        if kind == b"n":
            assert data[int(offset) :].startswith(b"%d 0 obj" % number), f"object {number} misplaced"
    assert re.search(rb"/Type\s*/Page\b", data), "no page object"


def assert_valid_xlsx(data: bytes) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.sheetnames
    assert all(sheet.max_row >= 2 for sheet in workbook.worksheets)


def read(field_file) -> bytes:
    with field_file.open("rb") as handle:
        return handle.read()


def model_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


# ---------------------------------------------------------------------- site and standard pages


def test_home_page_replaces_the_welcome_page_as_default_site_root(demo):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.depth == 2
    assert home.locale.language_code == "en"
    assert site.port == 80
    assert site.hostname in {"localhost", "127.0.0.1"}
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    # The other depth-2 pages are the home page's translations (one per language).
    homes = Page.objects.filter(depth=2)
    assert homes.count() == 5
    assert set(homes.values_list("translation_key", flat=True)) == {home.translation_key}
    assert strip_tags(home.introduction).strip()
    assert home.hero_image is not None


def test_home_page_features_three_live_pages(demo):
    home = HomePage.objects.get(**ENGLISH)
    featured = [item.page for item in home.featured_items.all()]
    assert len(featured) == 3
    assert all(page.live for page in featured)


def test_home_page_renders(demo, client):
    response = client.get("/en/")
    assert response.status_code == 200


def test_a_blog_post_with_every_kind_of_block_renders(demo, client):
    post = next(
        post
        for post in BlogPostPage.objects.live().order_by("date")
        if {"image", "quote", "call_out"} <= {block.block_type for block in post.body}
    )
    response = client.get(post.url)
    assert response.status_code == 200


def test_about_contact_and_privacy_pages_exist(demo):
    home = HomePage.objects.get(**ENGLISH)
    pages = {page.slug: page for page in StandardPage.objects.child_of(home).live()}
    assert {"about", "contact", "privacy"} <= set(pages)
    for page in pages.values():
        assert page.introduction
        assert len(page.body) >= 2


def test_privacy_page_states_the_counting_policy(demo):
    privacy = StandardPage.objects.get(slug="privacy", **ENGLISH)
    text = strip_tags(" ".join(str(block.value) for block in privacy.body)).lower()
    text += " " + " ".join(
        strip_tags(str(block.value.get("text", ""))).lower()
        for block in privacy.body
        if block.block_type == "call_out"
    )
    for phrase in (
        "cookie",
        "daily",
        "ip address",
        "salt",
        "hash",
        "memory",
        "do not track",
        "sec-gpc",
        "third-party",
    ):
        assert phrase in text, phrase


def test_every_page_is_live_and_published_with_one_revision(demo):
    pages = Page.objects.filter(depth__gt=1)
    assert pages.filter(**ENGLISH).count() >= 1 + 6 + 30 + 20 + 60
    assert not pages.filter(live=False).exists()
    assert not pages.filter(has_unpublished_changes=True).exists()
    assert not pages.filter(latest_revision__isnull=True).exists()
    assert set(pages.values_list("locale__language_code", flat=True)) == {"en", *TRANSLATIONS}
    assert Revision.page_revisions.count() == pages.count()


# ---------------------------------------------------------------------- snippets


def test_regions_countries_and_topics(demo):
    assert set(Region.objects.values_list("slug", flat=True)) == REGION_SLUGS
    countries = Country.objects.filter(**ENGLISH).select_related("region")
    assert countries.count() >= 40
    codes = [country.code for country in countries]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in codes)
    region_of = {country.code: country.region.slug for country in countries}
    assert region_of["KE"] == "africa"
    assert region_of["ID"] == "asia-pacific"
    assert region_of["UA"] == "europe-central-asia"
    assert region_of["BR"] == "latin-america-caribbean"
    assert region_of["MA"] == "middle-east-north-africa"
    assert region_of["US"] == "north-america"
    assert set(region_of.values()) == REGION_SLUGS

    assert Topic.objects.filter(**ENGLISH).count() >= 10
    assert not Topic.objects.filter(description="").exists()


def test_people_have_roles_bios_and_generated_photos(demo):
    people = Person.objects.select_related("photo")
    assert people.filter(**ENGLISH).count() >= 8
    for person in people:
        assert person.role and person.organisation and person.bio
        assert person.photo is not None


def test_resource_types(demo):
    assert set(ResourceType.objects.values_list("slug", flat=True)) == RESOURCE_TYPE_SLUGS


# ---------------------------------------------------------------------- blog


def test_blog_posts_cover_authors_topics_countries_and_years(demo):
    assert BlogIndexPage.objects.live().filter(**ENGLISH).count() == 1
    posts = list(
        BlogPostPage.objects.live().filter(**ENGLISH).prefetch_related("authors", "topics", "countries")
    )
    assert len(posts) >= 30
    authors = [[author.person_id for author in post.authors.all()] for post in posts]
    assert len({person for people in authors for person in people}) >= 6
    assert any(len(people) >= 2 for people in authors)
    assert all(people for people in authors)
    assert len({topic.pk for post in posts for topic in post.topics.all()}) >= 8
    assert len({country.pk for post in posts for country in post.countries.all()}) >= 20
    assert len({post.date.year for post in posts}) >= 4
    assert {post.date.year for post in posts} <= {2022, 2023, 2024, 2025}


def test_blog_posts_have_summaries_and_varied_bodies(demo):
    posts = list(BlogPostPage.objects.live().filter(**ENGLISH))
    block_types = set()
    for post in posts:
        assert post.summary
        assert 3 <= len(post.body) <= 6, post.slug
        block_types |= {block.block_type for block in post.body}
        words = sum(
            len(strip_tags(str(block.value)).split())
            for block in post.body
            if block.block_type == "paragraph"
        )
        assert words >= 180, post.slug
    assert {"paragraph", "quote", "call_out", "image"} <= block_types
    images = [block.value for post in posts for block in post.body if block.block_type == "image"]
    assert any(image["alt_text"] and image["caption"] for image in images)
    assert sum(post.feed_image_id is not None for post in posts) >= 5
    # Every post is written separately: no two share an opening paragraph.
    openings = [strip_tags(str(post.body[0].value)) for post in posts]
    assert len(set(openings)) == len(openings)


# ---------------------------------------------------------------------- resources


def test_resources_cover_every_type_with_metadata(demo):
    assert ResourceLibraryPage.objects.live().filter(**ENGLISH).count() == 1
    resources = list(
        ResourcePage.objects.live()
        .filter(**ENGLISH)
        .select_related("resource_type")
        .prefetch_related("authors", "files", "topics")
    )
    assert len(resources) >= 20
    per_type = dict.fromkeys(RESOURCE_TYPE_SLUGS, 0)
    for resource in resources:
        per_type[resource.resource_type.slug] += 1
        assert resource.summary and len(resource.body) >= 1
        assert 1 <= resource.authors.count() <= 3
        assert resource.publisher
        assert resource.topics.exists()
        assert resource.files.exists()
    assert all(per_type.values()), per_type
    assert sum(count >= 2 for count in per_type.values()) >= 4
    assert len({resource.publication_date.year for resource in resources}) >= 4


def test_resource_identifiers_are_well_formed(demo):
    dois = [doi for doi in ResourcePage.objects.values_list("doi", flat=True) if doi]
    isbns = [isbn for isbn in ResourcePage.objects.values_list("isbn", flat=True) if isbn]
    assert dois and isbns
    assert all(re.fullmatch(r"10\.\d{4,9}/\S+", doi) for doi in dois)
    for isbn in isbns:
        digits = [int(char) for char in isbn if char.isdigit()]
        assert len(digits) == 13
        assert sum(digit * (1 if index % 2 == 0 else 3) for index, digit in enumerate(digits)) % 10 == 0, isbn


def test_every_resource_file_is_a_valid_small_document(demo):
    languages = set()
    for resource in ResourcePage.objects.live().prefetch_related("files__document"):
        for resource_file in resource.files.all():
            languages.add(resource_file.language)
            assert resource_file.label
            data = read(resource_file.document.file)
            assert resource_file.document.file_size == len(data)
            if resource_file.document.file.name.endswith(".pdf"):
                assert_valid_pdf(data)
                assert len(data) < MAX_PDF_BYTES
            else:
                assert resource_file.document.file.name.endswith(".xlsx")
                assert_valid_xlsx(data)
    assert {"en", "fr", "es"} <= languages


def test_databook_ships_a_spreadsheet(demo):
    databook = ResourcePage.objects.filter(resource_type__slug="databook").first()
    names = [resource_file.document.file.name for resource_file in databook.files.all()]
    assert any(name.endswith(".xlsx") for name in names)


def test_generated_images_are_small_pngs(demo):
    images = get_image_model().objects.all()
    assert images.exists()
    for image in images:
        data = read(image.file)
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert len(data) < MAX_IMAGE_BYTES, image.title


def test_every_loaded_image_has_a_description_for_its_alt_text(demo):
    """The loader stores the descriptions tests/demo/test_alt_texts.py checks, so no alt text falls back to
    the image's title."""
    for image in get_image_model().objects.all():
        assert image.description and image.default_alt_text == image.description != image.title, image.title


# ---------------------------------------------------------------------- glossary


def test_glossary_terms_have_definitions_abbreviations_and_related_terms(demo):
    assert GlossaryPage.objects.live().filter(**ENGLISH).count() == 1
    terms = list(
        GlossaryTermPage.objects.live()
        .filter(**ENGLISH)
        .prefetch_related("related_terms__related_term", "topics")
    )
    assert len(terms) >= 60
    titles = {term.title for term in terms}
    for expected in ("Fiscal decentralization", "Subsidiarity", "Own-source revenue", "Equalization grant"):
        assert expected in titles
    assert sum(bool(term.abbreviation) for term in terms) >= 10
    assert sum(bool(term.synonym_list) for term in terms) >= 10
    assert sum(bool(strip_tags(term.sources).strip()) for term in terms) >= 5
    for term in terms:
        assert strip_tags(term.definition).strip(), term.title
        related = [link.related_term for link in term.related_terms.all()]
        assert 1 <= len(related) <= 4, term.title
        assert all(other.pk != term.pk and other.live for other in related)
        assert term.topics.exists()


# ---------------------------------------------------------------------- translations


def translations_of(model, code: str):
    return model.objects.live().filter(locale__language_code=code)


def stored_strings(value) -> str:
    """Every string in a page's stored StreamField data (rich text as stored, with its page-link ids)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(stored_strings(item) for item in value.values())
    if isinstance(value, list | tuple):
        return " ".join(stored_strings(item) for item in value)
    return ""


def linked_page_ids(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<a linktype="page" id="(\d+)"', html)]


def test_every_language_has_the_main_pages_and_enough_items(demo):
    for code in TRANSLATIONS:
        assert translations_of(HomePage, code).count() == 1, code
        assert translations_of(StandardPage, code).filter(slug="about").count() == 1, code
        assert translations_of(BlogIndexPage, code).count() == 1, code
        assert translations_of(ResourceLibraryPage, code).count() == 1, code
        assert translations_of(GlossaryPage, code).count() == 1, code
        assert translations_of(BlogPostPage, code).count() >= 10, code
        assert translations_of(ResourcePage, code).count() >= 10, code
        assert translations_of(GlossaryTermPage, code).count() >= 30, code


def test_translated_pages_are_wagtail_translations_of_the_english_pages(demo):
    for page in Page.objects.filter(depth__gt=2).exclude(**ENGLISH).select_related("locale"):
        source = Page.objects.get(translation_key=page.translation_key, **ENGLISH)
        assert page.slug == source.slug
        assert page.get_parent().translation_key == source.get_parent().translation_key
        assert page.get_parent().locale_id == page.locale_id
        assert page.specific_class is source.specific_class


def test_translated_text_is_really_translated(demo):
    english = BlogPostPage.objects.get(slug="tunisia-municipal-experiment", **ENGLISH)
    for code in TRANSLATIONS:
        post = english.get_translation(english.locale.__class__.objects.get(language_code=code))
        assert post.summary != english.summary
        assert [(block.block_type, block.id) for block in post.body] == [
            (block.block_type, block.id) for block in english.body
        ]
        assert strip_tags(str(post.body[0].value)) != strip_tags(str(english.body[0].value))
    arabic = translations_of(GlossaryTermPage, "ar").get(slug="decentralization")
    assert arabic.title == "اللامركزية"
    assert translations_of(GlossaryTermPage, "fr").get(slug="subsidiarity").title == "Subsidiarité"


def test_every_snippet_is_translated_into_every_language(demo):
    for model in (Region, Country, Topic, ResourceType, Person):
        english = model.objects.filter(**ENGLISH)
        for code in TRANSLATIONS:
            translated = model.objects.filter(locale__language_code=code)
            assert set(translated.values_list("translation_key", flat=True)) == set(
                english.values_list("translation_key", flat=True)
            ), (model.__name__, code)
    assert Topic.objects.get(slug="fiscal-decentralization", locale__language_code="es").name == (
        "Descentralización fiscal"
    )
    assert Country.objects.get(code="MA", locale__language_code="ar").name == "المغرب"


def test_snippet_translations_keep_identifiers_and_point_within_their_language(demo):
    for country in Country.objects.exclude(**ENGLISH).select_related("region"):
        assert country.region.locale_id == country.locale_id
    for person in Person.objects.exclude(**ENGLISH):
        source = Person.objects.get(translation_key=person.translation_key, **ENGLISH)
        assert (person.name, person.slug, person.organisation, person.photo_id) == (
            source.name,
            source.slug,
            source.organisation,
            source.photo_id,
        )
        assert person.role != source.role and person.bio != source.bio


def test_translated_pages_use_topics_countries_and_authors_of_their_language(demo):
    for code in TRANSLATIONS:
        posts = translations_of(BlogPostPage, code).prefetch_related("topics", "countries", "authors__person")
        for post in posts:
            assert post.topics.exists() and post.authors.exists()
            locales = {topic.locale_id for topic in post.topics.all()}
            locales |= {country.locale_id for country in post.countries.all()}
            locales |= {author.person.locale_id for author in post.authors.all()}
            assert locales == {post.locale_id}, post
        for resource in translations_of(ResourcePage, code).select_related("resource_type"):
            assert resource.resource_type.locale_id == resource.locale_id
            assert {topic.locale_id for topic in resource.topics.all()} == {resource.locale_id}


def test_related_terms_featured_pages_and_links_stay_in_the_language(demo):
    for code in TRANSLATIONS:
        for term in translations_of(GlossaryTermPage, code).prefetch_related("related_terms__related_term"):
            related = [row.related_term for row in term.related_terms.all()]
            assert related, term
            assert {page.locale_id for page in related} == {term.locale_id}
        home = translations_of(HomePage, code).get()
        featured = [item.page for item in home.featured_items.all()]
        assert len(featured) == 3
        assert {page.locale_id for page in featured} == {home.locale_id}
        about = translations_of(StandardPage, code).get(slug="about")
        linked = linked_page_ids(stored_strings(list(about.body.raw_data)))
        assert linked
        linked_locales = set(Page.objects.filter(pk__in=linked).values_list("locale_id", flat=True))
        assert linked_locales == {about.locale_id}


def test_translated_pages_render_in_their_language(demo, client):
    response = client.get("/fr/blog/tunisia-municipal-experiment/")
    assert response.status_code == 200
    html = response.text
    assert '<html lang="fr" dir="ltr">' in html
    assert "Gouvernance multiniveau" in html and "Tunisie" in html
    assert 'href="/fr/glossary/recentralization/"' in html
    for code in ("en", "es", "pt", "ar"):
        assert f'href="/{code}/blog/tunisia-municipal-experiment/"' in html
    arabic = client.get("/ar/glossary/decentralization/")
    assert arabic.status_code == 200
    assert '<html lang="ar" dir="rtl">' in arabic.text
    assert "اللامركزية" in arabic.text


# ---------------------------------------------------------------------- idempotency and determinism


def test_second_run_changes_nothing(demo):
    revisions = set(Revision.objects.values_list("pk", flat=True))
    documents = dict(get_document_model().objects.values_list("title", "file_hash"))
    before = model_counts()

    stdout = io.StringIO()
    call_command("load_demo_content", stdout=stdout)

    assert model_counts() == before
    assert set(Revision.objects.values_list("pk", flat=True)) == revisions
    assert dict(get_document_model().objects.values_list("title", "file_hash")) == documents
    assert "already up to date" in stdout.getvalue()


def test_first_run_prints_a_summary(demo):
    assert "created" in demo
    assert "blog posts" in demo
    assert "pages, fr" in demo and "snippets, ar" in demo
    assert "Demo content loaded" in demo


def test_generated_files_do_not_depend_on_the_clock():
    sheets = [("Data", ["a", "b"], [(1, 2), (3, 4)])]
    with freeze_time("2024-01-01 10:00:00"):
        first = (
            files.xlsx_bytes("T", sheets),
            files.pdf_bytes("T", ["Some text."]),
            files.banner_png("k", "T"),
        )
    with freeze_time("2025-06-30 17:45:13"):
        second = (
            files.xlsx_bytes("T", sheets),
            files.pdf_bytes("T", ["Some text."]),
            files.banner_png("k", "T"),
        )
    assert first == second
    assert all(
        info.date_time == files.ZIP_DATE_TIME for info in zipfile.ZipFile(io.BytesIO(first[0])).infolist()
    )
