"""``import_glossary`` with per-language columns (``term:fr``…): translations created, updated and left
unchanged as wagtail-localize translations of their source terms, and every way such a file can be wrong."""

import html
import json
import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import SegmentOverride, StringTranslation, Translation, TranslationSource

from decnet.models import Topic
from glossary.models import GlossaryPage, GlossaryTermPage
from tests.factories import TopicFactory
from tests.glossary.conftest import database_state, run_import, translate, write_csv, write_xlsx

pytestmark = pytest.mark.django_db

HEADER = [
    "term",
    "abbreviation",
    "definition",
    "synonyms",
    "related",
    "topics",
    "term:fr",
    "definition:fr",
    "abbreviation:fr",
    "synonyms:fr",
]
ROWS = [
    HEADER,
    [
        "Fiscal decentralization",
        "FD",
        "The transfer of spending and revenue to local governments.",
        "fiscal federalism; financial decentralization",
        "Devolution; Subsidiarity",
        "Local finance",
        "Décentralisation budgétaire",
        "Le transfert des dépenses et des recettes aux collectivités.",
        "DB",
        "fédéralisme budgétaire; décentralisation financière",
    ],
    ["Devolution", "", "The strongest form.", "", "", "", "Dévolution", "La forme la plus forte.", "", ""],
    ["Subsidiarity", "", "Decide at the lowest level.", "", "", "", "", "", "", ""],
]


def _locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def _english(title: str) -> GlossaryTermPage:
    return GlossaryTermPage.objects.get(title=title, locale=Locale.get_default())


def _in(language: str, english_title: str) -> GlossaryTermPage:
    return _english(english_title).get_translation(_locale(language))


def _latest(page: GlossaryTermPage) -> GlossaryTermPage:
    return GlossaryTermPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def _related_pages(page: GlossaryTermPage) -> list[GlossaryTermPage]:
    return [row.related_term for row in page.related_terms.all()]


# -- creating ---------------------------------------------------------------------------------------------


def test_translations_are_created_under_the_french_glossary(tmp_path, french_glossary):
    TopicFactory(name="Local finance", slug="local-finance")
    result = run_import(write_csv(tmp_path, ROWS))
    assert result.error is None, result.stderr
    assert (result.stderr, result.stdout) == ("", "created 5, updated 0, unchanged 0, skipped 0\n")

    fiscal = _in("fr", "Fiscal decentralization")
    source = _english("Fiscal decentralization")
    assert fiscal.translation_key == source.translation_key
    assert fiscal.locale == _locale("fr")
    assert fiscal.get_parent().pk == french_glossary.pk
    assert fiscal.title == "Décentralisation budgétaire"
    assert fiscal.slug == "decentralisation-budgetaire"
    assert fiscal.url_path.endswith("/glossaire/decentralisation-budgetaire/")
    assert fiscal.definition == "<p>Le transfert des dépenses et des recettes aux collectivités.</p>"
    assert fiscal.abbreviation == "DB"
    assert fiscal.synonym_list == ["fédéralisme budgétaire", "décentralisation financière"]
    assert not fiscal.live and fiscal.has_unpublished_changes
    assert _latest(fiscal).title == "Décentralisation budgétaire"
    # Related terms point at their French translation where there is one, else at the English term.
    assert _related_pages(fiscal) == [_in("fr", "Devolution"), _english("Subsidiarity")]
    assert [topic.name for topic in fiscal.topics.all()] == ["Local finance"]
    # A row without term:fr has no translation.
    assert _english("Subsidiarity").get_translation_or_none(_locale("fr")) is None
    assert GlossaryTermPage.objects.filter(locale=_locale("fr")).count() == 2


def test_translations_are_wagtail_localize_translations(tmp_path, french_glossary):
    run_import(write_csv(tmp_path, ROWS))
    source = _english("Fiscal decentralization")
    translation_source = TranslationSource.objects.get(object_id=source.translation_key)
    assert translation_source.locale == Locale.get_default()
    translation = Translation.objects.get(source=translation_source)
    assert translation.target_locale == _locale("fr") and translation.enabled
    memory = dict(
        StringTranslation.objects.filter(
            context__object_id=source.translation_key, locale=_locale("fr")
        ).values_list("translation_of__data", "data")
    )
    assert memory["Fiscal decentralization"] == "Décentralisation budgétaire"
    assert memory["fiscal-decentralization"] == "decentralisation-budgetaire"
    assert (
        memory["The transfer of spending and revenue to local governments."]
        == "Le transfert des dépenses et des recettes aux collectivités."
    )


def test_a_sync_from_the_admin_gives_back_what_the_import_wrote(tmp_path, french_glossary):
    """What "Sync translated pages" does: rebuild the translation from the source and the memory."""
    run_import(write_csv(tmp_path, ROWS))
    imported = _latest(_in("fr", "Fiscal decentralization"))
    translation = Translation.objects.get(
        source__object_id=imported.translation_key, target_locale=_locale("fr")
    )
    translation.source.update_from_db()
    translation.save_target(publish=False)
    synced = _latest(_in("fr", "Fiscal decentralization"))
    assert synced.latest_revision_id != imported.latest_revision_id
    for name in ("title", "slug", "definition", "abbreviation", "synonyms"):
        assert getattr(synced, name) == getattr(imported, name), name
    assert (
        _related_pages(synced)
        == _related_pages(imported)
        == [_in("fr", "Devolution"), _english("Subsidiarity")]
    )


def test_topics_of_a_translation_are_in_its_language_where_translated(tmp_path, french_glossary):
    finance = TopicFactory(name="Local finance", slug="local-finance")
    french = finance.copy_for_translation(_locale("fr"))
    french.name = "Finances locales"
    french.save()
    TopicFactory(name="Governance", slug="governance")
    rows = [["term", "definition", "topics", "term:fr", "definition:fr"]]
    rows.append(["Budget", "A plan.", "Local finance; Governance", "Budget", "Un plan."])
    assert run_import(write_csv(tmp_path, rows)).summary == "created 2, updated 0, unchanged 0, skipped 0"
    names = sorted(topic.name for topic in _in("fr", "Budget").topics.all())
    assert names == ["Finances locales", "Governance"]


def test_missing_glossaries_are_created_as_aliases_up_to_the_home_page(client, tmp_path, glossary, home_page):
    rows = [
        ["term", "definition", "term:fr", "definition:fr", "term:ar", "definition:ar"],
        [
            "Fiscal decentralization",
            "Transfer.",
            "Décentralisation budgétaire",
            "Transfert.",
            "اللامركزية المالية",
            "نقل.",
        ],
    ]
    result = run_import(write_csv(tmp_path, rows), "--publish")
    assert result.summary == "created 3, updated 0, unchanged 0, skipped 0", result.stderr
    for code in ("fr", "ar"):
        translated = GlossaryPage.objects.get(locale=_locale(code))
        assert translated.translation_key == glossary.translation_key
        assert translated.alias_of_id == glossary.pk and translated.live
        home = translated.get_parent()
        assert (home.translation_key, home.locale_id) == (home_page.translation_key, _locale(code).pk)
        assert _in(code, "Fiscal decentralization").get_parent().pk == translated.pk
    # A term without Latin letters keeps its source term's slug.
    assert _in("ar", "Fiscal decentralization").slug == "fiscal-decentralization"
    response = client.get("/fr/glossary/decentralisation-budgetaire/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Décentralisation budgétaire</h1>" in html
    # The untranslated glossary is a placeholder (a 404 for readers until an editor translates it), so the
    # term does not link back to it.
    assert 'class="glossary-back"' not in html and 'href="/fr/glossary/#' not in html
    assert client.get("/ar/glossary/fiscal-decentralization/").status_code == 200


def test_an_existing_translation_made_in_the_admin_is_linked_to_wagtail_localize(
    tmp_path, french_glossary, make_term
):
    fiscal = make_term("Fiscal decentralization", definition="<p>The transfer.</p>")
    french = translate(fiscal, "fr", "Décentralisation budgétaire", definition="<p>Le transfert.</p>")
    assert not Translation.objects.exists()
    rows = [["term", "definition", "term:fr", "definition:fr"]]
    rows.append(["Fiscal decentralization", "The transfer.", "Décentralisation budgétaire", "Le transfert."])
    revisions = french.revisions.count()
    assert run_import(write_csv(tmp_path, rows)).summary == "created 0, updated 0, unchanged 2, skipped 0"
    assert french.revisions.count() == revisions
    translation = Translation.objects.get(
        source__object_id=fiscal.translation_key, target_locale=_locale("fr")
    )
    assert translation.enabled
    assert StringTranslation.objects.get(translation_of__data="The transfer.").data == "Le transfert."
    # An editor who stopped syncing the translation (to edit it freely) keeps it that way.
    Translation.objects.update(enabled=False)
    run_import(write_csv(tmp_path, rows))
    assert not Translation.objects.get().enabled


def test_the_admin_opens_an_imported_translation_in_wagtail_localize_editor(
    client, tmp_path, french_glossary
):
    """Every string of the term shows as translated, with the imported text, in wagtail-localize's editor."""
    run_import(write_csv(tmp_path, ROWS))
    user = get_user_model().objects.create_superuser(username="root", password="a-long-test-password")
    client.force_login(user)
    response = client.get(f"/admin/pages/{_in('fr', 'Fiscal decentralization').pk}/edit/")
    assert response.status_code == 200
    props = json.loads(html.unescape(re.search(r'data-props="([^"]*)"', response.content.decode()).group(1)))
    assert props["locale"]["code"] == "fr"
    sources = {
        segment["id"]: segment["source"] for segment in props["segments"] if segment["type"] == "string"
    }
    translated = {sources[item["segment_id"]]: item["data"] for item in props["initialStringTranslations"]}
    assert translated == {
        "Fiscal decentralization": "Décentralisation budgétaire",
        "fiscal-decentralization": "decentralisation-budgetaire",
        "FD": "DB",
        "The transfer of spending and revenue to local governments.": (
            "Le transfert des dépenses et des recettes aux collectivités."
        ),
        "fiscal federalism; financial decentralization": (
            "fédéralisme budgétaire; décentralisation financière"
        ),
    }


# -- updating -----------------------------------------------------------------------------------------------


def test_reimporting_the_same_file_changes_nothing(tmp_path, french_glossary):
    path = write_csv(tmp_path, ROWS)
    run_import(path)
    before = database_state()
    sources = sorted(TranslationSource.objects.values_list("pk", "last_updated_at"))
    result = run_import(path)
    assert (result.stderr, result.summary) == ("", "created 0, updated 0, unchanged 5, skipped 0")
    assert database_state() == before
    assert sorted(TranslationSource.objects.values_list("pk", "last_updated_at")) == sources


def test_a_changed_translation_gets_a_draft_and_its_live_version_stays(client, tmp_path, french_glossary):
    run_import(write_csv(tmp_path, ROWS), "--publish")
    url = _in("fr", "Devolution").url
    assert "La forme la plus forte." in client.get(url).content.decode()
    rows = [list(row) for row in ROWS]
    rows[2][7] = "La forme la <b>plus</b> forte, nouvelle version."
    result = run_import(write_csv(tmp_path, rows))
    assert result.summary == "created 0, updated 1, unchanged 4, skipped 0"
    devolution = _in("fr", "Devolution")
    assert devolution.live and devolution.has_unpublished_changes
    assert _latest(devolution).definition == "<p>La forme la <b>plus</b> forte, nouvelle version.</p>"
    html = client.get(url).content.decode()
    assert "La forme la plus forte." in html and "nouvelle version" not in html
    memory = StringTranslation.objects.get(translation_of__data="The strongest form.", locale=_locale("fr"))
    assert memory.data == "La forme la <b>plus</b> forte, nouvelle version."
    assert run_import(write_csv(tmp_path, rows), "--publish").summary == (
        "created 0, updated 0, unchanged 5, skipped 0"
    )
    assert "nouvelle version" in client.get(url).content.decode()


def test_a_term_without_definition_updates_an_existing_translation(tmp_path, french_glossary):
    run_import(write_csv(tmp_path, ROWS))
    rows = [["term", "definition", "term:fr"], ["Devolution", "The strongest form.", "Dévolution politique"]]
    result = run_import(write_csv(tmp_path, rows))
    assert (result.stderr, result.summary) == ("", "created 0, updated 1, unchanged 1, skipped 0")
    devolution = _latest(_in("fr", "Devolution"))
    assert devolution.title == "Dévolution politique"
    assert devolution.definition == "<p>La forme la plus forte.</p>"
    assert devolution.slug == "devolution"  # the URL of an existing page never changes


def test_xlsx_with_translation_columns(tmp_path, french_glossary):
    assert run_import(write_xlsx(tmp_path, ROWS)).summary == "created 5, updated 0, unchanged 0, skipped 0"
    rows = [list(row) for row in ROWS]
    rows[1][6] = "Décentralisation fiscale"
    result = run_import(write_xlsx(tmp_path, rows))
    assert result.summary == "created 0, updated 1, unchanged 4, skipped 0"
    assert _latest(_in("fr", "Fiscal decentralization")).title == "Décentralisation fiscale"


def test_publish_publishes_the_translations(client, tmp_path, french_glossary):
    result = run_import(write_csv(tmp_path, ROWS), "--publish")
    assert result.summary == "created 5, updated 0, unchanged 0, skipped 0"
    fiscal = _in("fr", "Fiscal decentralization")
    assert fiscal.live and not fiscal.has_unpublished_changes
    response = client.get("/fr/glossaire/decentralisation-budgetaire/")
    assert response.status_code == 200
    assert "<h1>Décentralisation budgétaire</h1>" in response.content.decode()


def test_publish_after_a_draft_import_publishes_unchanged_translations(tmp_path, french_glossary):
    path = write_csv(tmp_path, ROWS)
    run_import(path)
    result = run_import(path, "--publish")
    assert result.stdout == "published 5 unchanged drafts\ncreated 0, updated 0, unchanged 5, skipped 0\n"
    assert all(page.live for page in GlossaryTermPage.objects.filter(locale=_locale("fr")))


def test_an_alias_of_the_term_becomes_its_translation(tmp_path, french_glossary, make_term):
    devolution = make_term("Devolution", definition="<p>The strongest form.</p>")
    alias = devolution.copy_for_translation(_locale("fr"), alias=True)
    rows = [["term", "definition", "term:fr", "definition:fr"]]
    rows.append(["Devolution", "The strongest form.", "Dévolution", "La forme la plus forte."])
    result = run_import(write_csv(tmp_path, rows))
    assert result.summary == "created 1, updated 0, unchanged 1, skipped 0"
    page = GlossaryTermPage.objects.get(pk=alias.pk)
    assert page.alias_of_id is None and page.live
    assert page.title == "Devolution"  # the live version is still what the alias showed, until published
    assert _latest(page).title == "Dévolution"
    assert PageLogEntry.objects.filter(page=page, action="wagtail.convert_alias").exists()
    assert run_import(write_csv(tmp_path, rows), "--publish").summary == (
        "created 0, updated 0, unchanged 2, skipped 0"
    )
    assert GlossaryTermPage.objects.get(pk=alias.pk).title == "Dévolution"


def test_links_may_point_elsewhere_in_the_translation(tmp_path, french_glossary):
    english = 'See <a href="https://example.org/en/guide">the guide</a>.'
    rows = [["term", "definition", "term:fr", "definition:fr"]]
    rows.append(["Guide", english, "Guide", 'Voir <a href="https://example.org/fr/guide">le guide</a>.'])
    assert run_import(write_csv(tmp_path, rows)).summary == "created 2, updated 0, unchanged 0, skipped 0"
    french = _in("fr", "Guide")
    assert french.definition == '<p>Voir <a href="https://example.org/fr/guide">le guide</a>.</p>'
    assert [override.data for override in SegmentOverride.objects.all()] == ["https://example.org/fr/guide"]
    translation = Translation.objects.get(source__object_id=french.translation_key)
    translation.save_target(publish=False)
    assert _latest(french).definition == french.definition
    # Back to the English address: the override goes.
    rows[1][3] = 'Voir <a href="https://example.org/en/guide">le guide</a>.'
    assert run_import(write_csv(tmp_path, rows)).summary == "created 0, updated 1, unchanged 1, skipped 0"
    assert not SegmentOverride.objects.exists()


# -- errors -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ["term:xx", "definition:xx"],
            ['term:xx: unknown language "xx"', 'definition:xx: unknown language "xx"'],
        ),
        (["term:de"], ['term:de: unknown language "de"']),
        (["Term:EN"], ['Term:EN: "en" is the source language: use the column "term"']),
        (
            ["term:fr", "related:fr", "topics:fr"],
            [
                "related:fr: not a per-language column: translations take the related terms and topics of "
                "their source term (in their own language where translated)",
                "topics:fr: not a per-language column: translations take the related terms and topics of "
                "their source term (in their own language where translated)",
            ],
        ),
        (
            ["definition:es", "synonyms:es"],
            [
                'definition:es: no "term:es" column: a translation needs its term',
                'synonyms:es: no "term:es" column: a translation needs its term',
            ],
        ),
        (["term:"], ['term:: no language after ":"']),
    ],
    ids=[
        "unknown-locale",
        "unconfigured-language",
        "source-language",
        "not-per-language",
        "no-term",
        "empty",
    ],
)
def test_bad_language_columns_are_file_errors(tmp_path, french_glossary, header, expected):
    path = write_csv(tmp_path, [["term", "definition", *header], ["A", "x", *(["y"] * len(header))]])
    before = database_state()
    for options in ((), ("--skip-invalid",)):
        result = run_import(path, *options)
        assert result.err_lines == [f"{path}:1: {line}" for line in expected]
        assert str(result.error) == f"{path}: unknown or unnamed columns in the header; nothing was imported"
        assert result.stdout == ""
        assert database_state() == before


def _assert_rejected(path, expected_lines, invalid_rows):
    before = database_state()
    result = run_import(path)
    assert result.err_lines == [line.replace("FILE", str(path)) for line in expected_lines]
    plural = "s" if invalid_rows > 1 else ""
    assert str(result.error) == f"{path}: {invalid_rows} invalid row{plural}; nothing was imported"
    assert result.stdout == ""
    assert database_state() == before


TRANSLATION_HEADER = ["term", "definition", "term:fr", "definition:fr", "abbreviation:fr"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [["Devolution", "x", "", "Définition sans terme", ""]],
            ['FILE:2: definition:fr: no "term:fr" on this row: a translation needs its term'],
        ),
        (
            [["Devolution", "x", "", "", "DV"]],
            ['FILE:2: abbreviation:fr: no "term:fr" on this row: a translation needs its term'],
        ),
        (
            [["Devolution", "x", "Dévolution", "", ""]],
            ['FILE:2: definition:fr: must not be empty: "Devolution" has no fr translation yet'],
        ),
        (
            [
                ["Devolution", "x", "Décentralisation", "y", ""],
                ["Deconcentration", "z", "DÉCENTRALISATION", "w", ""],
            ],
            ['FILE:3: term:fr: "DÉCENTRALISATION" already appears on line 2'],
        ),
        (
            [["Devolution", "One paragraph.", "Dévolution", "Un.\n\nDeux.", ""]],
            [
                'FILE:2: definition:fr: has 2 paragraphs or list items where "definition" has 1; a '
                "translation keeps the paragraphs and lists of its source"
            ],
        ),
        (
            [["Devolution", "<ul><li>a</li><li>b</li></ul>", "Dévolution", "A.\n\nB.", ""]],
            [
                'FILE:2: definition:fr: does not have the same paragraphs and lists as "definition"; a '
                "translation keeps the layout of its source"
            ],
        ),
        (
            [["Devolution", "Plain.", "Dévolution", 'Avec <a href="https://example.org">lien</a>.', ""]],
            [
                'FILE:2: definition:fr: has more links in paragraph or list item 1 than "definition" has '
                "there; a translation can only translate the links of its source"
            ],
        ),
        (
            [["Devolution", "x", "Dé\x00volution", "y", ""]],
            ["FILE:2: term:fr: contains control characters (such as NUL)"],
        ),
        ([["Devolution", "x", "D" * 256, "y", ""]], ["FILE:2: term:fr: longer than 255 characters"]),
        (
            [["Devolution", "x", "Dévolution", "<p><script>x</script></p>", "D" * 31]],
            [
                "FILE:2: definition:fr: no text left after removing unsupported HTML",
                "FILE:2: abbreviation:fr: longer than 30 characters",
            ],
        ),
    ],
    ids=[
        "definition-without-term",
        "abbreviation-without-term",
        "new-translation-without-definition",
        "duplicate-translated-term",
        "more-paragraphs",
        "other-layout",
        "extra-link",
        "nul",
        "too-long",
        "no-text-and-long-abbreviation",
    ],
)
def test_bad_translation_cells_are_reported_and_nothing_is_written(tmp_path, french_glossary, rows, expected):
    invalid_lines = {line.split(":")[1] for line in expected}
    _assert_rejected(write_csv(tmp_path, [TRANSLATION_HEADER, *rows]), expected, len(invalid_lines))


def test_a_translated_term_that_another_term_already_uses(tmp_path, french_glossary, make_term):
    other = make_term("Deconcentration")
    french = translate(other, "fr", "Déconcentration")
    path = write_csv(tmp_path, [TRANSLATION_HEADER, ["Devolution", "x", "déconcentration", "y", ""]])
    _assert_rejected(
        path,
        [f'FILE:2: term:fr: "déconcentration" is already the title of another fr term (id {french.pk})'],
        1,
    )


def test_a_foreign_glossary_in_the_language_is_a_file_error(tmp_path, glossary, home_page):
    french_home = translate(home_page, "fr", "Accueil", slug="accueil")
    foreign = GlossaryPage(title="Glossaire", slug="glossaire")
    french_home.add_child(instance=foreign)
    path = write_csv(tmp_path, [TRANSLATION_HEADER, ["Devolution", "x", "Dévolution", "y", ""]])
    before = database_state()
    result = run_import(path)
    assert str(result.error) == (
        f'the "fr" glossary page (id {foreign.pk}) is not a translation of the glossary (id {glossary.pk}); '
        "delete it or translate the glossary in the admin, then import again"
    )
    assert database_state() == before


def test_skip_invalid_skips_the_whole_row_of_a_bad_translation(tmp_path, french_glossary):
    rows = [
        TRANSLATION_HEADER,
        ["Devolution", "x", "Dévolution", "y", ""],
        ["Deconcentration", "z", "dévolution", "w", ""],
        ["Delegation", "v", "", "", ""],
    ]
    path = write_csv(tmp_path, rows)
    result = run_import(path, "--skip-invalid")
    assert result.err_lines == [f'{path}:3: term:fr: "dévolution" already appears on line 2']
    assert result.summary == "created 3, updated 0, unchanged 0, skipped 1"
    assert not GlossaryTermPage.objects.filter(title="Deconcentration").exists()
    assert _in("fr", "Devolution").title == "Dévolution"


def test_a_failure_while_saving_a_translation_writes_nothing(tmp_path, french_glossary, monkeypatch):
    original = GlossaryTermPage.save_revision

    def failing_save_revision(self, *args, **kwargs):
        if self.title == "Dévolution":
            from django.core.exceptions import ValidationError

            raise ValidationError({"title": ["simulated failure"]})
        return original(self, *args, **kwargs)

    monkeypatch.setattr(GlossaryTermPage, "save_revision", failing_save_revision)
    path = write_csv(tmp_path, ROWS)
    before = database_state()
    result = run_import(path, "--publish")
    assert (
        str(result.error)
        == f"{path}:3: term:fr: cannot be saved (title: simulated failure); nothing was imported"
    )
    assert database_state() == before
    assert not Page.objects.filter(locale=_locale("fr"), title="Décentralisation budgétaire").exists()
    assert not Topic.objects.filter(name="Local finance").exists()
