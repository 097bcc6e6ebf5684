"""What the glossary import tells wagtail-localize, so that an imported translation is a synced one.

wagtail-localize does not store a translated page as such: it keeps the source page's content (a
``TranslationSource``, cut into segments: the title, the slug, each paragraph or list item of the
definition…), a ``Translation`` per target language, and a translation memory (``StringTranslation``: one
translated string per source string and place). When the source changes, "Sync translated pages" rebuilds
every translation from the source and that memory. An imported translation is therefore recorded the same
way:

* the English term's content becomes (or updates) its ``TranslationSource``, and a ``Translation`` into the
  language is created (enabled, so the admin opens the page in wagtail-localize's editor; an existing one that
  an editor disabled, to edit the page freely, stays disabled);
* every value the import writes is stored in the memory against the English string it translates;
* a definition is translated piece by piece (a paragraph, a list item), so the translated definition must have
  the same paragraphs and lists as the English one (:func:`align_definition`); the page gets the definition as
  wagtail-localize renders it, so a later sync produces exactly what the import wrote. A link may point
  somewhere else in the translation (wagtail-localize records it as an override of the English address).

Two things the memory cannot hold: an empty translation (wagtail-localize falls back to the English
string), and a value for a field that is empty in English (such a field is copied from the source). So an
abbreviation or synonyms that only the translation has, or that the translation leaves empty while the
English term has them, are written to the page, but a later sync from the admin brings back the English
state of that field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments.ingest import unquote_path_component
from wagtail_localize.strings import StringValue, extract_strings, restore_strings

# The "<text position=…>" placeholders are what differ between a template and another; layout whitespace
# between tags does not matter.
_BETWEEN_TAGS_RE = re.compile(r">\s+<")
DEFINITION_FIELD = "definition"


class AlignmentError(ValueError):
    """The translated definition cannot be stored as a wagtail-localize translation of the source one."""


@dataclass(frozen=True)
class AlignedDefinition:
    """A translated definition matched piece by piece with its source.

    ``html`` is the definition as wagtail-localize builds it from the source and the translated pieces;
    ``pieces`` maps each source piece (as wagtail-localize stores it) to its translation; ``links`` maps
    each source link address used in the translation to the address the translation uses.
    """

    html: str
    pieces: dict[str, str] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)


def _layout(template: str) -> str:
    return _BETWEEN_TAGS_RE.sub("><", template.strip())


def _pieces(count: int) -> str:
    return "1 paragraph or list item" if count == 1 else f"{count} paragraphs or list items"


def align_definition(source_html: str, translated_html: str) -> AlignedDefinition:
    """Match a translated definition with its source, piece by piece (raises AlignmentError, whose message
    is meant for a ``FILE:LINE: column: message`` line)."""
    try:
        source_template, source_pieces = extract_strings(source_html)
        template, pieces = extract_strings(translated_html)
    except (
        ValueError
    ) as error:  # markup that wagtail-localize refuses (not produced by the import's sanitiser)
        raise AlignmentError(f"cannot be cut into pieces for translation ({error})") from None
    if len(pieces) != len(source_pieces):
        raise AlignmentError(
            f'has {_pieces(len(pieces))} where "definition" has {len(source_pieces)}; a translation keeps '
            "the paragraphs and lists of its source"
        )
    if _layout(template) != _layout(source_template):
        raise AlignmentError(
            'does not have the same paragraphs and lists as "definition"; a translation keeps the layout of '
            "its source"
        )
    links: dict[str, str] = {}
    translated: dict[str, str] = {}
    for number, ((source_value, source_attrs), (value, attrs)) in enumerate(
        zip(source_pieces, pieces, strict=True), start=1
    ):
        extra = sorted(set(attrs) - set(source_attrs))
        if extra:
            raise AlignmentError(
                f'has more links in paragraph or list item {number} than "definition" has there; a '
                "translation can only translate the links of its source"
            )
        for element_id, element_attrs in attrs.items():
            source_href = source_attrs[element_id].get("href", "")
            href = element_attrs.get("href", "")
            if links.setdefault(source_href, href) != href:
                raise AlignmentError(f'translates the link to "{source_href}" to two different addresses')
        previous = translated.setdefault(source_value.data, value.data)
        if previous != value.data:
            raise AlignmentError(
                f'translates the same text of "definition" in two different ways (paragraph or list item '
                f"{number})"
            )

    def with_links(source_attrs: dict) -> dict:
        # As wagtail-localize does when it applies overridden link addresses.
        return {
            element_id: {**attrs, "href": links.get(attrs["href"], attrs["href"])}
            if "href" in attrs
            else attrs
            for element_id, attrs in source_attrs.items()
        }

    html = restore_strings(
        source_template,
        [
            (StringValue(value.data), with_links(source_attrs))
            for (_source_value, source_attrs), (value, _attrs) in zip(source_pieces, pieces, strict=True)
        ],
    )
    return AlignedDefinition(html=html, pieces=translated, links=links)


@dataclass(frozen=True)
class TranslatedValues:
    """What the import wrote to a translation, for the memory. ``None`` and "" mean "nothing to record"."""

    title: str
    slug: str
    abbreviation: str | None = None
    synonyms: str | None = None
    definition: AlignedDefinition | None = None


def _plain(text: str) -> str:
    """A plain-text value the way wagtail-localize stores strings of text fields (HTML-escaped)."""
    return StringValue.from_plaintext(text).data


def record_translation(source: Page, locale: Locale, values: TranslatedValues) -> None:
    """Make the translation of ``source`` into ``locale`` a wagtail-localize translation holding ``values``.

    ``source`` is the source page as the import left it (its latest revision). Idempotent: nothing changes
    when the memory already holds these values.
    """
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    Translation.objects.get_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    by_field = {
        "title": _plain(values.title),
        "slug": _plain(values.slug),
        "abbreviation": _plain(values.abbreviation) if values.abbreviation else None,
        "synonyms": _plain(values.synonyms) if values.synonyms else None,
    }
    segments = StringSegment.objects.filter(source=translation_source).select_related("string", "context")
    for segment in segments:
        path = segment.context.path
        if path == DEFINITION_FIELD:
            data = values.definition.pieces.get(segment.string.data) if values.definition else None
        else:
            data = by_field.get(path)
        if data:
            _remember(segment, locale, data)
    if values.definition is not None:
        _remember_links(translation_source, locale, values.definition.links)


def _remember(segment: StringSegment, locale: Locale, data: str) -> None:
    translation, created = StringTranslation.objects.get_or_create(
        translation_of=segment.string,
        locale=locale,
        context=segment.context,
        defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
    )
    if not created and (translation.data != data or translation.has_error):
        translation.data = data
        translation.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
        translation.tool_name = ""
        translation.has_error = False
        translation.field_error = ""
        translation.save()


def _remember_links(translation_source: TranslationSource, locale: Locale, links: dict[str, str]) -> None:
    """Override the address of each link the translation points elsewhere; drop a stale override when the
    translation now keeps the source's address."""
    prefix = f"{DEFINITION_FIELD}."
    for segment in OverridableSegment.objects.filter(
        source=translation_source, context__path__startswith=prefix
    ).select_related("context"):
        try:
            href = unquote_path_component(segment.context.path[len(prefix) :])
        except (ValueError, IndexError):
            continue
        if href not in links:
            continue
        if links[href] == href:
            SegmentOverride.objects.filter(context=segment.context, locale=locale).delete()
            continue
        data_json = json.dumps(links[href])
        override = SegmentOverride.objects.filter(context=segment.context, locale=locale).first()
        if override is None:
            SegmentOverride.objects.create(context=segment.context, locale=locale, data_json=data_json)
        elif override.data_json != data_json or override.has_error:
            override.data_json = data_json
            override.has_error = False
            override.field_error = ""
            override.save()
