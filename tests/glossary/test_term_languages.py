"""A translated term shows its own synonyms and abbreviation, or none: never the source term's."""

import pytest
from wagtail.models import Locale

from glossary.models import GlossaryTermPage
from tests.glossary.conftest import run_import, translate, write_csv

pytestmark = pytest.mark.django_db

HEADER = ["term", "abbreviation", "definition", "synonyms", "term:fr", "definition:fr"]


def test_an_imported_translation_without_its_own_synonyms_has_none(french_glossary, tmp_path, client):
    rows = [
        HEADER,
        [
            "Audit rule",
            "AR",
            "A rule for audits.",
            "audit norm; audit standard",
            "Règle d'audit",
            "Une règle.",
        ],
    ]
    result = run_import(write_csv(tmp_path, rows), "--publish")
    assert result.error is None, result
    english = GlossaryTermPage.objects.get(title="Audit rule")
    french = english.get_translation(Locale.objects.get(language_code="fr"))
    assert (english.abbreviation, english.synonym_list) == ("AR", ["audit norm", "audit standard"])
    assert (french.abbreviation, french.synonyms) == ("", "")
    html = client.get(french.url).content.decode()
    assert "audit norm" not in html
    assert "Synonymes" not in html
    assert ">AR<" not in html


def test_a_translation_keeps_the_synonyms_given_in_its_language(make_term, french_glossary):
    term = make_term("Public goods", abbreviation="PG", synonyms="collective goods")
    french = translate(term, "fr", "Biens publics", abbreviation="BP", synonyms="biens collectifs")
    french.refresh_from_db()
    assert (french.abbreviation, french.synonym_list) == ("BP", ["biens collectifs"])


def test_a_new_translation_starts_without_the_source_words(make_term, french_glossary):
    term = make_term("Fiscal gap", abbreviation="FG", synonyms="vertical gap")
    copy = term.copy_for_translation(Locale.objects.get(language_code="fr"))
    assert (copy.abbreviation, copy.synonyms) == ("", "")
    assert copy.title == "Fiscal gap"  # everything else is copied as Wagtail does
