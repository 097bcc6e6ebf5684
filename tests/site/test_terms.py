"""Glossary terms woven into the reading (decnet.terms): the rules of linking, on plain HTML (no database)."""

from __future__ import annotations

import re

from decnet.terms import Term, build_index, link_terms

TERMS = [
    Term(1, "/en/glossary/decentralization/", "Decentralization", "Moving power from the centre."),
    Term(2, "/en/glossary/fiscal-decentralization/", "Fiscal decentralization", "Moving money & taxes."),
    Term(3, "/en/glossary/own-source-revenue/", "Own-source revenue", "Revenue a council raises itself."),
    Term(4, "/en/glossary/evil/", "Evil", '<script>alert("x")</script> & "quotes"'),
]
NAMES = [
    (1, 0, "Decentralization"),
    (2, 0, "Fiscal decentralization"),
    (3, 0, "Own-source revenue"),
    (3, 1, "OSR"),
    (3, 2, "local revenue"),  # a synonym: raises the search card, is not linked
    (4, 0, "Evil"),
]
INDEX = build_index(TERMS, NAMES)


def links(markup: str) -> list[tuple[str, str]]:
    """(href, text) of every term link."""
    return re.findall(r'<a class="term-link" href="([^"]+)"[^>]*>([^<]*)</a>', markup)


def test_first_mention_links_with_its_definition_as_description():
    out = link_terms("<p>Decentralization is hard. Decentralization takes time.</p>", INDEX)
    assert links(out) == [("/en/glossary/decentralization/", "Decentralization")]
    assert 'aria-describedby="term-tip-1"' in out
    assert '<span class="term-tip" role="tooltip" id="term-tip-1">Moving power from the centre.</span>' in out
    assert out.endswith("Decentralization takes time.</p>")


def test_titles_in_any_case_abbreviations_exactly():
    assert links(link_terms("<p>on own-source  revenue</p>", INDEX)) == [
        ("/en/glossary/own-source-revenue/", "own-source  revenue")
    ]
    assert links(link_terms("<p>osr and Osr</p>", INDEX)) == []
    assert links(link_terms("<p>the OSR of cities</p>", INDEX)) == [
        ("/en/glossary/own-source-revenue/", "OSR")
    ]


def test_abbreviation_and_title_are_one_term_linked_once():
    out = link_terms("<p>OSR, or own-source revenue.</p>", INDEX)
    assert links(out) == [("/en/glossary/own-source-revenue/", "OSR")]


def test_whole_words_only_and_synonyms_left_alone():
    assert (
        links(link_terms("<p>Decentralizations, predecentralization, OSRs, local revenue</p>", INDEX)) == []
    )


def test_longest_name_wins():
    out = link_terms("<p>Fiscal decentralization differs from decentralization.</p>", INDEX)
    assert links(out) == [
        ("/en/glossary/fiscal-decentralization/", "Fiscal decentralization"),
        ("/en/glossary/decentralization/", "decentralization"),
    ]


def test_never_inside_links_headings_code_or_attributes():
    markup = (
        '<h2>Decentralization</h2><p><a href="/x" title="Decentralization">Decentralization</a> '
        '<img alt="OSR here" src="/i.png"><code>OSR</code></p>'
        "<script>var s = '<p>Decentralization</p>';</script>"
        '<p data-x="a > Decentralization">Then decentralization.</p>'
    )
    out = link_terms(markup, INDEX)
    assert links(out) == [("/en/glossary/decentralization/", "decentralization")]
    assert out.startswith(markup[: markup.index("<p data-x")])
    assert '<p data-x="a > Decentralization">Then <span class="term">' in out


def test_text_entities_survive_and_definitions_are_escaped():
    out = link_terms("<p>Tom &amp; Jerry on Evil &lt;b&gt;</p>", INDEX)
    assert "Tom &amp; Jerry on " in out and "&lt;b&gt;</p>" in out
    assert "<script>" not in out
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;" in out


def test_already_linked_terms_and_an_empty_index_change_nothing():
    markup = "<p>Decentralization</p>"
    assert link_terms(markup, INDEX, frozenset({1})) == markup
    assert link_terms(markup, build_index([], [])) is markup


def test_names_in_other_scripts_match_whole_words():
    index = build_index([Term(9, "/ar/glossary/x/", "المركزية", "تعريف")], [(9, 0, "المركزية")])
    assert links(link_terms("<p>عن المركزية واللامركزية</p>", index)) == [("/ar/glossary/x/", "المركزية")]
