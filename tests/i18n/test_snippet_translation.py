"""Taxonomy snippets are translated in the admin with wagtail-localize, and a translated page shows the
translation of its topics."""

import polib
import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from decnet.models import Country, Person, Region, Topic
from resources.models import ResourceType
from tests.factories import CountryFactory, PersonFactory, RegionFactory, ResourceTypeFactory, TopicFactory
from tests.i18n.conftest import translate_page

pytestmark = pytest.mark.own_site  # its tests build their own section indexes


@pytest.fixture
def topic(db):
    return TopicFactory(name="Fiscal decentralization", slug="fiscal-decentralization", description="Money.")


def submit_snippet(client, snippet, code: str = "fr") -> Translation:
    french = Locale.objects.get(language_code=code)
    meta = snippet._meta
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, snippet.pk]
    )
    response = client.post(url, {"locales": [french.pk]})
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=snippet.translation_key, target_locale=french)


@pytest.mark.parametrize(
    ("factory", "listing"),
    [
        (TopicFactory, "wagtailsnippets_decnet_topic:list"),
        (RegionFactory, "wagtailsnippets_decnet_region:list"),
        (CountryFactory, "wagtailsnippets_decnet_country:list"),
        (PersonFactory, "wagtailsnippets_decnet_person:list"),
        (ResourceTypeFactory, "wagtailsnippets_resources_resourcetype:list"),
    ],
)
def test_every_taxonomy_listing_offers_translate(client, translator, factory, listing):
    snippet = factory()
    client.force_login(translator)
    response = client.get(reverse(listing))
    assert response.status_code == 200
    meta = snippet._meta
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, snippet.pk]
    )
    assert submit in response.text


def test_translator_translates_a_topic_through_a_po_file(client, translator, topic):
    client.force_login(translator)
    translation = submit_snippet(client, topic)
    french_topic = Topic.objects.get(translation_key=topic.translation_key, locale__language_code="fr")
    assert french_topic.slug == "fiscal-decentralization"  # synchronised, not offered to translators

    po = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).text)
    assert {entry.msgctxt for entry in po} == {"name", "description"}
    for entry in po:
        entry.msgstr = {"Fiscal decentralization": "Décentralisation budgétaire", "Money.": "L'argent."}[
            entry.msgid
        ]
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("topic-fr.po", str(po).encode())},
    )
    response = client.post(
        reverse("wagtailsnippets_decnet_topic:edit", args=[french_topic.pk]), {"action": "publish"}
    )
    assert response.status_code == 302
    french_topic.refresh_from_db()
    assert (french_topic.name, french_topic.description) == ("Décentralisation budgétaire", "L'argent.")


def test_only_role_and_bio_of_a_person_are_offered_to_translators(client, superuser):
    person = PersonFactory(name="Léa Diallo-Martin", role="Coordinator", bio="Works in the Sahel.")
    client.force_login(superuser)
    translation = submit_snippet(client, person)
    po = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).text)
    assert {entry.msgctxt for entry in po} == {"role", "bio"}
    french = Person.objects.get(translation_key=person.translation_key, locale__language_code="fr")
    assert (french.name, french.slug, french.organisation) == (person.name, person.slug, person.organisation)


def test_a_country_translation_belongs_to_the_translated_region(client, superuser):
    country = CountryFactory(code="MA", name="Morocco", region=RegionFactory(name="Middle East", slug="mena"))
    client.force_login(superuser)
    submit_snippet(client, country.region)
    submit_snippet(client, country)
    french = Country.objects.get(translation_key=country.translation_key, locale__language_code="fr")
    assert french.code == "MA"
    assert french.region == Region.objects.get(slug="mena", locale__language_code="fr")
    assert ResourceType.objects.count() == 0


def test_a_translated_topic_is_shown_on_the_translated_page(client, french_home, home_page, topic):
    from tests.factories import BlogIndexPageFactory, BlogPostPageFactory

    french = Locale.objects.get(language_code="fr")
    french_topic = topic.copy_for_translation(french)
    french_topic.name = "Décentralisation budgétaire"
    french_topic.save()
    blog = BlogIndexPageFactory(parent=home_page)
    translate_page(blog, "fr", title="Blog")
    post = BlogPostPageFactory(parent=blog, slug="transfers", title="Transfers", topics=[topic])
    french_post = translate_page(post, "fr", title="Transferts")

    # Wagtail copied the English topic; the translation points at the French one as soon as it is saved.
    assert list(french_post.topics.all()) == [french_topic]
    html = client.get("/fr/blog/transfers/").text
    assert "Décentralisation budgétaire" in html
    assert "Fiscal decentralization" not in html
    assert "Fiscal decentralization" in client.get("/en/blog/transfers/").text
    listing = client.get("/fr/blog/").text
    assert "Décentralisation budgétaire" in listing


def test_an_untranslated_topic_stays_in_english_rather_than_disappearing(
    client, french_home, home_page, topic
):
    from tests.factories import BlogIndexPageFactory, BlogPostPageFactory

    blog = BlogIndexPageFactory(parent=home_page)
    translate_page(blog, "fr", title="Blog")
    post = BlogPostPageFactory(parent=blog, slug="transfers", title="Transfers", topics=[topic])
    french_post = translate_page(post, "fr", title="Transferts")
    assert list(french_post.topics.all()) == [topic]
