"""Query sanitising and snippet highlighting (pure functions, no engine needed)."""

import pytest

from search.text import (
    MAX_TERM_LENGTH,
    MAX_TERMS,
    fold,
    fold_words,
    highlight,
    normalise_query,
    search_terms,
    without_control_characters,
)


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ('"', []),
        ('"local governance"', ["local", "governance"]),
        ("title:foo AND bar*", ["title", "foo", "AND", "bar"]),
        ("NEAR(a b) OR -c ^2 ~1", ["NEAR", "a", "b", "OR", "c", "2", "1"]),
        ("a\x00b", ["a", "b"]),
        ("😀 budget 🏛️", ["budget"]),
        ("'; DROP TABLE wagtailcore_page; --", ["DROP", "TABLE", "wagtailcore", "page"]),
        ("Décentralisation", ["Décentralisation"]),
        ("اللامركزية المالية", ["اللامركزية", "المالية"]),
        ("地方分权", ["地方分权"]),
        ("हिन्दी", ["हिन्दी"]),
        ("Budget budget BUDGET", ["Budget"]),
    ],
)
def test_search_terms_keep_words_only(query, terms):
    assert search_terms(query) == terms


def test_search_terms_are_bounded():
    terms = search_terms(" ".join(f"word{i}" for i in range(100)) + " " + "x" * 500)
    assert len(terms) == MAX_TERMS
    assert all(len(term) <= MAX_TERM_LENGTH for term in search_terms("y" * 10_000))


def test_normalise_query_and_folding():
    assert normalise_query('  "Fiscal  Decentralization"!! ') == "fiscal decentralization"
    assert fold("Décentralisation Économique") == "decentralisation economique"
    assert fold_words("Grants to local-governments") == "grants to local governments"
    assert without_control_characters("a\x00b\u200bc") == "abc"


def test_highlight_marks_matching_words_ignoring_case_and_accents():
    snippet = highlight("La Décentralisation budgétaire et la gouvernance locale.", ["decentralisation"])
    assert snippet == "La <mark>Décentralisation</mark> budgétaire et la gouvernance locale."
    assert (
        highlight("Governance and governments", ["govern"])
        == "<mark>Governance</mark> and <mark>governments</mark>"
    )


def test_highlight_escapes_page_text():
    snippet = highlight('<script>alert("x")</script> local governance & <b>budgets</b>', ["governance"])
    assert "<script>" not in snippet and "<b>" not in snippet
    assert "&lt;script&gt;" in snippet and "&amp;" in snippet
    assert "<mark>governance</mark>" in snippet


def test_highlight_cuts_a_window_around_the_first_match():
    text = " ".join(f"w{i}" for i in range(200)) + " budget " + " ".join(f"v{i}" for i in range(200))
    snippet = highlight(text, ["budget"], max_words=20)
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "<mark>budget</mark>" in snippet
    assert len(snippet.split()) <= 24


def test_highlight_without_match_returns_the_beginning():
    assert highlight("Short text.", ["absent"]) == "Short text."
    assert highlight("", ["x"]) == ""


@pytest.mark.parametrize(
    ("text", "terms", "snippet"),
    [
        # Characters folding to two (ß, the ligature ﬁ), to none (a combining accent) and to one, in runs
        # between ASCII words: each mark still covers exactly its own word.
        (
            "Die Straße ﬁnanziert Gemeinden",
            ["strasse", "finanziert"],
            "Die <mark>Straße</mark> <mark>ﬁnanziert</mark> Gemeinden",
        ),
        (
            "e\u0301tat et État — l’État",
            ["etat"],
            "<mark>e\u0301tat</mark> et <mark>État</mark> — l’<mark>État</mark>",
        ),
        ("اللامركزية المالية والحكم المحلي", ["المالية"], "اللامركزية <mark>المالية</mark> والحكم المحلي"),
    ],
)
def test_highlight_marks_whole_words_whatever_their_characters_fold_to(text, terms, snippet):
    assert highlight(text, terms) == snippet
