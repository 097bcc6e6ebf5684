"""Text from spreadsheets becomes safe rich text; stored rich text becomes plain text for summaries."""

import pytest

from glossary.richtext import (
    looks_like_html,
    plain_text_to_rich_text,
    rich_text_to_plain_text,
    sanitise_rich_text,
    to_rich_text,
)


def test_plain_text_is_escaped_and_wrapped_in_paragraphs():
    text = "Budgets < 5% & <script>alert(1)</script>\nsecond line\n\n  Next paragraph  \n\n\n"
    assert not looks_like_html("Budgets < 5% & x")
    assert plain_text_to_rich_text(text) == (
        "<p>Budgets &lt; 5% &amp; &lt;script&gt;alert(1)&lt;/script&gt;<br/>second line</p>"
        "<p>Next paragraph</p>"
    )


def test_plain_text_with_windows_newlines():
    assert plain_text_to_rich_text("a\r\n\r\nb\rc") == "<p>a</p><p>b<br/>c</p>"


def test_blank_text_gives_nothing():
    assert plain_text_to_rich_text(" \n\n ") == ""
    assert to_rich_text("<p> </p>") == ""


def test_supported_tags_are_kept_and_normalised():
    markup = '<p>The <strong>principle</strong> of <em>subsidiarity</em>, see <a href="https://lpsa.org/x?a=1&amp;b=2">LPSA</a>.</p><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>'
    assert looks_like_html(markup)
    assert to_rich_text(markup) == (
        '<p>The <b>principle</b> of <i>subsidiarity</i>, see <a href="https://lpsa.org/x?a=1&amp;b=2">LPSA</a>.</p>'
        "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>"
    )


@pytest.mark.parametrize(
    "markup",
    [
        "<p>x<script>alert(1)</script></p>",
        "<p onclick=alert(1)>x</p>",
        '<p>x<img src="a" onerror="alert(1)"></p>',
        '<p><a href="javascript:alert(1)">x</a></p>',
        '<p><a href="JaVaScRiPt:alert(1)">x</a></p>',
        '<p><a href=" java\tscript:alert(1)">x</a></p>',
        '<p><a href="&#106;avascript:alert(1)">x</a></p>',
        '<p><a href="data:text/html,<script>alert(1)</script>">x</a></p>',
        '<p><a href="vbscript:msgbox">x</a></p>',
        "<p><iframe src=//evil></iframe>x</p>",
        "<p><style>body{}</style>x</p>",
        '<p><b style="color:red" onmouseover="alert(1)">x</b></p>',
        "<p>x</p><svg><script>alert(1)</script></svg>",
    ],
)
def test_dangerous_markup_is_removed(markup):
    result = sanitise_rich_text(markup)
    lowered = result.lower()
    for forbidden in (
        "script",
        "onerror",
        "onclick",
        "onmouseover",
        "javascript",
        "iframe",
        "style",
        "data:",
        "<img",
    ):
        assert forbidden not in lowered, result
    assert "x" in result


def test_only_href_survives_on_links_and_text_is_escaped():
    result = sanitise_rich_text('<a href="mailto:a@b.org" title="t" target="_blank">mail &lt;me&gt;</a>')
    assert result == '<p><a href="mailto:a@b.org">mail &lt;me&gt;</a></p>'


def test_attribute_breaking_quotes_are_escaped():
    result = sanitise_rich_text("<a href='https://x.org/\"onmouseover=\"alert(1)'>x</a>")
    assert result == '<p><a href="https://x.org/&quot;onmouseover=&quot;alert(1)">x</a></p>'


def test_loose_inline_content_and_list_items_get_containers():
    assert sanitise_rich_text("Hello <i>world</i>") == "<p>Hello <i>world</i></p>"
    assert sanitise_rich_text("<li>a</li><li>b</li>") == "<ul><li>a</li><li>b</li></ul>"
    assert sanitise_rich_text("<ul><li>a<li>b</ul>after") == "<ul><li>a</li><li>b</li></ul><p>after</p>"


def test_unclosed_and_misnested_tags_are_balanced():
    assert sanitise_rich_text("<p><b>bold<i>both</p>rest") == "<p><b>bold<i>both</i></b></p><p>rest</p>"
    assert sanitise_rich_text("</b>text</p>") == "<p>text</p>"


def test_plain_text_of_rich_text():
    assert rich_text_to_plain_text("<p>Rock &amp; roll</p><p>Next<br/>line</p>") == "Rock & roll Next line"
    assert rich_text_to_plain_text("<ul><li>a</li><li>b</li></ul>") == "a b"
    assert rich_text_to_plain_text("") == ""
