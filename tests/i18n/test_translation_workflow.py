"""The editorial workflow with wagtail-localize, through its real admin views: submit a page for translation,
export its strings to a PO file for an outside translator, import the translated file, publish, then sync
after the source changes. Machine translation uses the dummy translator in tests."""

import polib
import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from blog.models import BlogPostPage
from decnet.models import Topic

pytestmark = pytest.mark.own_site  # its tests build their own section indexes

FRENCH = {
    "Budget transfers": "Transferts budgétaires",
    "How money moves between levels of government.": (
        "Comment l'argent circule entre les niveaux de gouvernement."
    ),
}


@pytest.fixture
def submitted(client, superuser, english_post):
    """The English post submitted for translation into French by an administrator (a French draft)."""
    client.force_login(superuser)
    french = Locale.objects.get(language_code="fr")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[english_post.pk]), {"locales": [french.pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=english_post.translation_key, target_locale=french
    )
    return translation


def french_page(english_post) -> BlogPostPage:
    return english_post.get_translation(Locale.objects.get(language_code="fr")).specific


def download_po(client, translation) -> polib.POFile:
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    assert response["Content-Disposition"].endswith("-fr.po")
    return polib.pofile(response.content.decode())


def upload_po(client, translation, po: polib.POFile):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("post-fr.po", str(po).encode(), content_type="text/x-gettext-translation")
    return client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})


def test_submitting_creates_a_draft_that_readers_do_not_see(client, submitted, english_post):
    page = french_page(english_post)
    assert not page.live
    client.logout()
    assert client.get("/fr/blog/budget-transfers/").status_code == 404
    assert 'href="/fr/blog/budget-transfers/"' not in client.get("/en/blog/budget-transfers/").text


def test_po_export_lists_every_string_untranslated(client, submitted):
    po = download_po(client, submitted)
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(submitted.uuid)
    messages = {entry.msgid: entry for entry in po}
    assert set(FRENCH) <= set(messages)
    assert all(entry.msgstr == "" for entry in po)
    assert messages["Budget transfers"].msgctxt == "title"


def test_po_round_trip_then_publish(client, submitted, english_post, django_capture_on_commit_callbacks):
    po = download_po(client, submitted)
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, entry.msgid)
    response = upload_po(client, submitted, po)
    assert response.status_code == 302

    assert set(
        StringTranslation.objects.filter(locale__language_code="fr").values_list("data", flat=True)
    ) >= set(FRENCH.values())
    assert {entry.msgid: entry.msgstr for entry in download_po(client, submitted)}["Budget transfers"] == (
        "Transferts budgétaires"
    )

    page = french_page(english_post)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})
    assert response.status_code == 302
    page = french_page(english_post)
    assert page.live
    assert page.title == "Transferts budgétaires"
    assert page.summary == FRENCH["How money moves between levels of government."]

    client.logout()
    reader = client.get("/fr/blog/budget-transfers/")
    assert reader.status_code == 200
    assert "Transferts budgétaires" in reader.text
    assert 'href="/fr/blog/budget-transfers/"' in client.get("/en/blog/budget-transfers/").text


def test_po_file_of_another_translation_is_refused(client, submitted, english_post):
    po = download_po(client, submitted)
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    for entry in po:
        entry.msgstr = "Ceci ne doit pas être importé"
    upload_po(client, submitted, po)
    assert not StringTranslation.objects.filter(data="Ceci ne doit pas être importé").exists()


def test_a_file_that_is_not_a_po_file_is_refused(client, submitted):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("post-fr.po", b"\xff\xfe not a po file", content_type="text/plain")
    response = client.post(reverse("wagtail_localize:upload_pofile", args=[submitted.pk]), {"file": upload})
    assert response.status_code == 302
    assert not StringTranslation.objects.exists()


def test_sync_after_the_source_changes(client, submitted, english_post, django_capture_on_commit_callbacks):
    po = download_po(client, submitted)
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, entry.msgid)
    upload_po(client, submitted, po)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:edit", args=[french_page(english_post).pk]), {"action": "publish"}
        )

    # The editor changes the English summary and publishes it, then syncs the translations.
    english = BlogPostPage.objects.get(pk=english_post.pk)
    english.summary = "Why transfers arrive late."
    english.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[submitted.source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302

    page = french_page(english_post)
    assert page.title == "Transferts budgétaires"  # still translated
    assert page.summary == "Why transfers arrive late."  # new string: the source text until translated
    untranslated = [entry.msgid for entry in download_po(client, submitted) if not entry.msgstr]
    assert untranslated == ["Why transfers arrive late."]


def test_machine_translation_uses_the_configured_translator(client, submitted):
    response = client.post(reverse("wagtail_localize:machine_translate", args=[submitted.pk]))
    assert response.status_code == 302
    title = StringTranslation.objects.get(translation_of__data="Budget transfers", locale__language_code="fr")
    assert title.data == "transfers Budget"  # the dummy translator reverses the words
    assert title.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE


def test_sync_keeps_the_classification_of_the_source_in_the_translation_language(
    client, submitted, english_post, django_capture_on_commit_callbacks
):
    french = Locale.objects.get(language_code="fr")
    english_topic = Topic.objects.get(slug="fiscal-decentralization")
    french_topic = english_topic.copy_for_translation(french)
    french_topic.name = "Décentralisation budgétaire"
    french_topic.save()
    other = Topic.objects.create(
        name="Urban governance", slug="urban-governance", locale=english_topic.locale
    )
    french_other = other.copy_for_translation(french)
    french_other.name = "Gouvernance urbaine"
    french_other.save()

    english = BlogPostPage.objects.get(pk=english_post.pk)
    english.topics = [english_topic, other]
    english.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:update_translations", args=[submitted.source.pk]),
            {"publish_translations": "on"},
        )
    page = Page.objects.get(pk=french_page(english_post).pk).specific
    assert set(page.topics.all()) == {french_topic, french_other}
    client.logout()
    html = client.get("/fr/blog/budget-transfers/").text
    assert "Décentralisation budgétaire" in html and "Gouvernance urbaine" in html
    assert "Fiscal decentralization" not in html
