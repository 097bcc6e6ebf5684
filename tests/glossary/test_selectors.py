"""A–Z grouping rules (plain functions, no database) and the reads behind the index and term pages."""

import pytest
from wagtail.models import Locale, PageViewRestriction

from glossary import selectors
from glossary.selectors import (
    group_by_letter,
    initial_letter,
    letter_anchor,
    letter_navigation,
    sort_key,
)


@pytest.mark.parametrize(
    ("title", "letter"),
    [
        ("Decentralization", "D"),
        ("devolution", "D"),
        ("Économie locale", "E"),
        ("ÉCOLE", "E"),
        ("æther", "A"),
        ("Ørsted principle", "O"),
        ("Łódź model", "L"),
        ("ßtraße", "S"),
        ("Ñandú", "N"),
        ("«Quoted» term", "Q"),
        ("(Re)centralization", "R"),
        ("  spaced", "S"),
        ("2030 Agenda", "#"),
        ("٣ levels", "#"),  # an Arabic-Indic digit is a digit too
        ("!!!", "#"),
        ("", "#"),
        ("Δήμος", "Δ"),
        ("δήμος", "Δ"),
        ("Децентрализация", "Д"),
        ("地方自治", "地"),
        ("ب", "ب"),
        ("اللامركزية", "ل"),  # the Arabic article is not the initial
        ("إدارة", "ا"),  # alef with hamza files under alef
        ("ال", "ا"),  # too short to be an article
        ("ألف", "ا"),  # hamza on the alef: not the article
    ],
)
def test_initial_letter(title, letter):
    assert initial_letter(title) == letter


def test_anchors():
    assert letter_anchor("A") == "letter-A"
    assert letter_anchor("#") == "letter-num"
    assert letter_anchor("Δ") == "letter-Δ"


def test_groups_in_alphabet_order_then_other_scripts_then_numbers():
    titles = ["Zoning", "2030 Agenda", "Δήμος", "alpha", "Économie", "eau", "Ebola", "école", "Б", "Beta"]
    groups = group_by_letter(titles, title=str)
    assert [group.letter for group in groups] == ["A", "B", "E", "Z", "Δ", "Б", "#"]
    by_letter = {group.letter: group.items for group in groups}
    # Accents and case do not change the order inside a letter.
    assert by_letter["E"] == ["eau", "Ebola", "école", "Économie"]
    assert by_letter["#"] == ["2030 Agenda"]
    assert groups[-1].anchor == "letter-num" and groups[-1].is_numbers_and_symbols


def test_grouping_keeps_objects_and_uses_the_title_function():
    items = [{"name": "beta"}, {"name": "Alpha"}, {"name": "apple"}]
    groups = group_by_letter(items, title=lambda item: item["name"])
    assert [[item["name"] for item in group.items] for group in groups] == [["Alpha", "apple"], ["beta"]]


def test_empty_input_gives_no_groups():
    assert group_by_letter([], title=str) == []


def test_sort_key_is_accent_and_case_insensitive_but_stable():
    assert sort_key("Économie") < sort_key("ecosystem")
    assert sort_key("apple") != sort_key("Apple")  # exact title breaks ties deterministically
    assert sorted(["b", "A", "a", "B"], key=sort_key) == ["A", "a", "B", "b"]


def test_navigation_shows_whole_alphabet_and_links_only_letters_with_terms():
    groups = group_by_letter(["Alpha", "Zeta", "2x", "Δ"], title=str)
    navigation = letter_navigation(groups)
    letters = [item.letter for item in navigation]
    assert letters[:26] == list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert letters[26:] == ["Δ", "#"]
    linked = {item.letter for item in navigation if item.has_items}
    assert linked == {"A", "Z", "Δ", "#"}


def test_navigation_without_numbers_has_no_number_entry():
    navigation = letter_navigation(group_by_letter(["Alpha"], title=str))
    assert "#" not in [item.letter for item in navigation]


def test_arabic_glossary_uses_the_arabic_alphabet():
    groups = group_by_letter(["ب", "اللامركزية", "أقاليم", "Budget"], title=str, language_code="ar")
    assert [group.letter for group in groups] == ["ا", "ب", "ل", "B"]
    navigation = letter_navigation(groups, "ar")
    assert [item.letter for item in navigation][:3] == ["ا", "ب", "ت"]
    assert navigation[-1].letter == "B" and navigation[-1].has_items


@pytest.mark.django_db
def test_index_terms_are_live_public_children_in_the_glossary_locale(glossary, make_term, home_page):
    shown = make_term("Shown")
    make_term("Draft", live=False)
    private = make_term("Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    french = glossary.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.save_revision().publish()
    french_term = make_term("Terme", parent=french)

    assert list(selectors.index_terms(glossary)) == [shown]
    assert list(selectors.index_terms(french)) == [french_term]


@pytest.mark.django_db
def test_live_related_terms_keep_editor_order_and_skip_drafts(make_term):
    first = make_term("First")
    draft = make_term("Draft", live=False)
    second = make_term("Second")
    term = make_term("Term", related=[second, draft, first])
    assert selectors.live_related_terms(term) == [second, first]


@pytest.mark.django_db
def test_live_related_terms_of_a_term_without_any(make_term):
    assert selectors.live_related_terms(make_term("Alone")) == []
