"""The page editor's choosers speak the page's language, and a new post has no empty required row.

Driven through Wagtail's real admin views with the Django test client."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from blog.models import BlogPostPage
from decnet.models import Country, Person, Topic
from tests.factories import BlogIndexPageFactory, CountryFactory, PersonFactory, TopicFactory
from tests.i18n.conftest import translate_page

pytestmark = [pytest.mark.django_db, pytest.mark.own_site]  # own_site: they build their own section indexes


def in_french(snippet, **fields):
    """The French translation of a taxonomy snippet, as wagtail-localize makes it (same translation key)."""
    copy = snippet.copy_for_translation(Locale.objects.get(language_code="fr"))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


@pytest.fixture
def site(home_page):
    blog = BlogIndexPageFactory(parent=home_page)
    topic = TopicFactory(name="Fiscal decentralization", slug="fiscal-decentralization")
    country = CountryFactory(name="Albania", code="AL")
    person = PersonFactory(name="Hannah Lindqvist", slug="hannah-lindqvist")
    french_region = in_french(country.region, name="Région")
    return {
        "blog": blog,
        "french_blog": translate_page(blog, "fr", title="Blog"),
        "topic": topic,
        "french_topic": in_french(topic, name="Décentralisation budgétaire"),
        "country": country,
        "french_country": in_french(country, name="Albanie", region=french_region),
        "person": person,
        "french_person": in_french(person, role="Chercheuse"),
    }


def add_url(parent: Page) -> str:
    return reverse("wagtailadmin_pages:add", args=["blog", "blogpostpage", parent.pk])


def post_form(topics=(), countries=(), **changes) -> dict:
    data = {
        "title": "Participatory budgeting in secondary cities",
        "slug": "participatory-budgeting",
        "date": "2026-11-30",
        "summary": "How secondary cities open their budgets.",
        "body": streamfield([]),
        "authors": inline_formset([]),
    }
    data.update(changes)
    # Many-to-many choices are repeated values of one field (nested_form_data would number them).
    return {
        **nested_form_data(data),
        "topics": [str(pk) for pk in topics],
        "countries": [str(pk) for pk in countries],
    }


def test_a_french_posts_choosers_list_only_french_snippets_with_clear_names(client, superuser, site):
    client.force_login(superuser)
    response = client.get(add_url(site["french_blog"]))
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.fields["topics"].queryset) == [site["french_topic"]]
    assert list(form.fields["countries"].queryset) == [site["french_country"]]
    html = response.content.decode()
    assert "Albanie (AL)" in html
    assert "Albania" not in html
    assert "Décentralisation budgétaire" in html
    assert "Fiscal decentralization" not in html
    # Searchable: a filter box for each list, and its script.
    assert html.count('data-choice-filter="id_topics"') == 1
    assert html.count('data-choice-filter="id_countries"') == 1
    assert "js/admin-choice-filter.js" in html
    # The person chooser (in the "Add author" template row) opens on French people.
    assert re.search(r"/admin/snippets/choose/decnet/person/\?locale=fr", html)


def test_an_english_posts_choosers_list_only_english_snippets(client, superuser, site):
    client.force_login(superuser)
    response = client.get(add_url(site["blog"]))
    form = response.context["form"]
    assert list(form.fields["topics"].queryset) == [site["topic"]]
    assert list(form.fields["countries"].queryset) == [site["country"]]
    assert "Albania (AL)" in response.content.decode()


def test_a_french_post_refuses_an_english_topic(client, superuser, site):
    client.force_login(superuser)
    response = client.post(
        add_url(site["french_blog"]),
        post_form(topics=[site["topic"].pk], authors=inline_formset([{"person": site["french_person"].pk}])),
    )
    assert response.status_code == 200
    assert "topics" in response.context["form"].errors
    assert not BlogPostPage.objects.filter(slug="participatory-budgeting").exists()


def test_a_new_post_has_no_author_row_and_saves_as_draft_without_one(client, superuser, site):
    client.force_login(superuser)
    html = client.get(add_url(site["blog"])).content.decode()
    assert re.search(r'name="authors-TOTAL_FORMS"[^>]*value="0"', html)
    response = client.post(
        add_url(site["blog"]),
        post_form(topics=[site["topic"].pk], countries=[site["country"].pk]),
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    post = BlogPostPage.objects.get(slug="participatory-budgeting")
    assert not post.live
    assert list(post.get_latest_revision_as_object().topics.all()) == [site["topic"]]


def test_publishing_a_post_asks_for_an_author(client, superuser, site):
    client.force_login(superuser)
    response = client.post(add_url(site["blog"]), post_form(**{"action-publish": "publish"}))
    assert response.status_code == 200
    assert "Add at least one author before publishing." in response.content.decode()
    assert not BlogPostPage.objects.filter(slug="participatory-budgeting").exists()
    response = client.post(
        add_url(site["blog"]),
        post_form(authors=inline_formset([{"person": site["person"].pk}]), **{"action-publish": "publish"}),
    )
    assert response.status_code == 302
    post = BlogPostPage.objects.get(slug="participatory-budgeting")
    assert post.live
    assert [author.person for author in post.authors.all()] == [site["person"]]


def test_editing_keeps_a_chosen_snippet_of_another_language(client, superuser, site):
    """A French post that still points at an untranslated English topic keeps it when saved again."""
    from tests.factories import BlogPostPageFactory

    english_only = TopicFactory(name="Climate finance", slug="climate-finance")
    post = BlogPostPageFactory(
        parent=site["french_blog"], slug="billet", title="Billet", topics=[english_only]
    )
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[post.pk]))
    assert set(response.context["form"].fields["topics"].queryset) == {site["french_topic"], english_only}


def test_snippet_labels():
    assert Country(name="Albanie", code="AL").chooser_label == "Albanie (AL)"
    assert not hasattr(Topic, "chooser_label") and not hasattr(Person, "chooser_label")
