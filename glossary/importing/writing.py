"""How one term page is compared with a row and written: shared by the source terms (:mod:`.apply`) and their
translations (:mod:`.translations`), so both count "unchanged" and save the same way."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from decnet.models import Topic
from glossary.importing.validate import TermRow
from glossary.models import GlossaryRelatedTerm, GlossaryTermPage
from spreadsheets.tabular import LIST_SEPARATOR, ImportFileError, one_line

PAGE_SLUG_MAX_LENGTH = 200  # Page.slug


def unique_slug(title: str, taken: set[str]) -> str:
    """A slug for a new term that no sibling uses yet ("term" when the title has no Latin letters)."""
    base = slugify(title)[:PAGE_SLUG_MAX_LENGTH].strip("-") or "term"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def related_ids(page: GlossaryTermPage) -> list[int]:
    rows = sorted(
        enumerate(page.related_terms.all()),
        key=lambda pair: (pair[1].sort_order is None, pair[1].sort_order or 0, pair[0]),
    )
    return [row.related_term_id for _position, row in rows]


def page_matches(
    page: GlossaryTermPage, row: TermRow, related: list[int] | None, topics: list[Topic] | None
) -> bool:
    """True when every field the row sets already has the row's value on ``page``."""
    if page.title != row.term or page.definition != row.definition:
        return False
    if row.abbreviation is not None and page.abbreviation != row.abbreviation:
        return False
    if row.synonyms is not None and page.synonym_list != row.synonyms:
        return False
    if related is not None and related_ids(page) != related:
        return False
    return topics is None or {topic.pk for topic in page.topics.all()} == {topic.pk for topic in topics}


def set_fields(
    page: GlossaryTermPage, row: TermRow, related: list[int] | None, topics: list[Topic] | None
) -> None:
    page.title = row.term
    page.definition = row.definition
    if row.abbreviation is not None:
        page.abbreviation = row.abbreviation
    if row.synonyms is not None:
        page.synonyms = f"{LIST_SEPARATOR} ".join(row.synonyms)
    if related is not None:
        page.related_terms = [
            GlossaryRelatedTerm(related_term_id=page_id, sort_order=position)
            for position, page_id in enumerate(related)
        ]
    if topics is not None:
        page.topics = topics


def save_error(source: str, row: TermRow, error: ValidationError, column: str = "term") -> ImportFileError:
    details = "; ".join(
        f"{name}: {' '.join(messages)}" for name, messages in getattr(error, "message_dict", {}).items()
    ) or " ".join(error.messages)
    return ImportFileError(
        f"{source}:{row.line}: {column}: cannot be saved ({one_line(details)}); nothing was imported"
    )
