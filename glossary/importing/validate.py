"""Checking every row against the header and the glossary, without writing: the result is a plan of the rows
to apply and the problems of the others (``FILE:LINE: column: message``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.utils.text import slugify

from decnet.models import Topic
from glossary.importing.existing import Existing, term_key
from glossary.importing.header import TRANSLATED_FIELDS, Column, Header
from glossary.models import GlossaryTermPage
from glossary.richtext import to_rich_text
from glossary.translation_memory import AlignedDefinition, AlignmentError, align_definition
from spreadsheets.tabular import LIST_SEPARATOR, Problem, SourceRow, SourceTable, split_list

# Lengths of the model fields the import fills (checked here so errors name the row, not a traceback).
TERM_MAX_LENGTH = GlossaryTermPage._meta.get_field("title").max_length
ABBREVIATION_MAX_LENGTH = GlossaryTermPage._meta.get_field("abbreviation").max_length
SYNONYMS_MAX_LENGTH = GlossaryTermPage._meta.get_field("synonyms").max_length
TOPIC_NAME_MAX_LENGTH = Topic._meta.get_field("name").max_length
TOPIC_SLUG_MAX_LENGTH = Topic._meta.get_field("slug").max_length
# Characters that cannot be stored (NUL in PostgreSQL) or that are invisible garbage in a definition.
_CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class TopicRef:
    """A topic a row names: an existing one, or one to create with ``slug`` (``topic`` is None)."""

    name: str
    slug: str
    topic: Topic | None = None


@dataclass
class TranslationRow:
    """The translation of a valid row's term into one language. ``None`` for ``abbreviation`` or
    ``synonyms`` means the column is absent; for ``definition``, that the existing translation keeps its
    own definition."""

    language: str
    term: str
    key: str
    definition: AlignedDefinition | None = None
    abbreviation: str | None = None
    synonyms: list[str] | None = None


@dataclass
class TermRow:
    """A valid row, ready to apply. ``None`` for an optional field means its column is absent."""

    line: int
    term: str
    key: str
    definition: str
    abbreviation: str | None = None
    synonyms: list[str] | None = None
    related: list[str] | None = None  # term keys, in the file's order
    topics: list[TopicRef] | None = None
    translations: dict[str, TranslationRow] = field(default_factory=dict)  # by language


@dataclass
class ImportPlan:
    source: str
    rows: list[TermRow]
    problems: list[Problem]
    skipped: int
    languages: tuple[str, ...] = ()  # of the per-language columns, in settings order

    @property
    def new_topics(self) -> dict[str, str]:
        """Slug → name of the topics that the rows to import need and that do not exist yet."""
        found: dict[str, str] = {}
        for row in self.rows:
            for ref in row.topics or []:
                if ref.topic is None:
                    found.setdefault(ref.slug, ref.name)
        return found


class _TopicResolver:
    """Matches topic names against existing topics by name or slug, case-insensitively."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        self.by_name: dict[str, Topic] = {}
        self.by_slug: dict[str, Topic] = {}
        for topic in topics:
            self.by_name.setdefault(term_key(topic.name), topic)
            self.by_slug.setdefault(topic.slug.lower(), topic)

    def resolve(self, name: str) -> TopicRef | str:
        """A TopicRef, or an error message."""
        slug = slugify(name)[:TOPIC_SLUG_MAX_LENGTH].strip("-")
        topic = self.by_name.get(term_key(name)) or self.by_slug.get(name.strip().lower())
        topic = topic or (self.by_slug.get(slug) if slug else None)
        if topic is not None:
            return TopicRef(name=topic.name, slug=topic.slug, topic=topic)
        if len(name) > TOPIC_NAME_MAX_LENGTH:
            return f'new topic "{name[:40]}…" is longer than {TOPIC_NAME_MAX_LENGTH} characters'
        if not slug:
            return f'cannot make a slug for the new topic "{name}"; add the topic in the admin first'
        return TopicRef(name=name, slug=slug)


def validate(
    table: SourceTable, header: Header, existing: Existing, *, skip_invalid: bool = False
) -> ImportPlan:
    """Check every row and resolve related terms and topics, without writing anything.

    Returns the rows to import and the problems (sorted by line). Without ``skip_invalid`` the rows are
    only meant to be applied when there is no problem.
    """
    source = table.source
    problems: dict[int, list[Problem]] = {}

    def report(line: int, column: str, message: str) -> None:
        problems.setdefault(line, []).append(Problem(source, line, column, message))

    columns = {column.field: column for column in header.columns if column.language is None}
    translated_columns = {
        language: {column.field: column for column in header.columns if column.language == language}
        for language in header.languages
    }
    topics = _TopicResolver(existing.topics)
    candidates: list[TermRow] = []
    first_line: dict[str, int] = {}
    first_translated_line: dict[str, dict[str, int]] = {language: {} for language in header.languages}
    related_names: dict[int, list[str]] = {}

    for row in table.rows:
        values = {name: row.cell(column.index) for name, column in columns.items()}
        for name, value in values.items():
            if _CONTROL_CHARS_RE.search(value):
                report(row.line, name, "contains control characters (such as NUL)")
        for language_columns in translated_columns.values():
            for column in language_columns.values():
                if _CONTROL_CHARS_RE.search(row.cell(column.index)):
                    report(row.line, column.label, "contains control characters (such as NUL)")
        if row.line in problems:
            continue

        term = " ".join(values["term"].split())
        key = term_key(term)
        if not term:
            report(row.line, "term", "must not be empty")
        elif key in first_line:
            report(row.line, "term", f'"{term}" already appears on line {first_line[key]}')
        else:
            first_line[key] = row.line
            if len(term) > TERM_MAX_LENGTH:
                report(row.line, "term", f"longer than {TERM_MAX_LENGTH} characters")
            if len(existing.terms.get(key, [])) > 1:
                ids = ", ".join(str(page.pk) for page in existing.terms[key])
                report(row.line, "term", f'"{term}" matches several terms in the glossary (ids {ids})')
            match = existing.single_term(key)
            if match is not None and match.alias_of_id:
                report(row.line, "term", f'"{term}" is an alias page; update the page it copies instead')

        raw_definition = values["definition"].strip()
        definition = to_rich_text(raw_definition) if raw_definition else ""
        if not raw_definition:
            report(row.line, "definition", "must not be empty")
        elif not definition:
            report(row.line, "definition", "no text left after removing unsupported HTML")

        candidate = TermRow(line=row.line, term=term, key=key, definition=definition)
        if "abbreviation" in values:
            candidate.abbreviation = " ".join(values["abbreviation"].split())
            if len(candidate.abbreviation) > ABBREVIATION_MAX_LENGTH:
                report(row.line, "abbreviation", f"longer than {ABBREVIATION_MAX_LENGTH} characters")
        if "synonyms" in values:
            candidate.synonyms = split_list(values["synonyms"])
            if len(f"{LIST_SEPARATOR} ".join(candidate.synonyms)) > SYNONYMS_MAX_LENGTH:
                report(row.line, "synonyms", f"longer than {SYNONYMS_MAX_LENGTH} characters in all")
        if "topics" in values:
            candidate.topics = []
            for name in split_list(values["topics"]):
                resolved = topics.resolve(name)
                if isinstance(resolved, str):
                    report(row.line, "topics", resolved)
                else:
                    candidate.topics.append(resolved)
        if "related" in values:
            names = split_list(values["related"])
            related_names[row.line] = names
            candidate.related = [term_key(name) for name in names]
            if term and key in candidate.related:
                report(row.line, "related", f'"{term}" cannot be related to itself')
        source_page = existing.single_term(key) if term else None
        for language, language_columns in translated_columns.items():
            translation = _validate_translation(
                row,
                language,
                language_columns,
                candidate,
                source_page,
                existing,
                first_translated_line[language],
                report,
            )
            if translation is not None:
                candidate.translations[language] = translation
        candidates.append(candidate)

    # Related terms: a term of this file (its first occurrence) or a term already in the glossary.
    for row in candidates:
        for name, key in zip(related_names.get(row.line, []), row.related or [], strict=True):
            if key == row.key:
                continue
            if key in first_line or existing.terms.get(key):
                if key not in first_line and len(existing.terms[key]) > 1:
                    report(row.line, "related", f'"{name}" matches several terms in the glossary')
                continue
            report(row.line, "related", f'unknown term "{name}" (not in this file nor in the glossary)')

    if skip_invalid:
        # Rows that need a term that exists only in a skipped row are skipped too, until nothing changes.
        changed = True
        while changed:
            changed = False
            valid_keys = {row.key for row in candidates if row.line not in problems}
            for row in candidates:
                if row.line in problems:
                    continue
                for name, key in zip(related_names.get(row.line, []), row.related or [], strict=True):
                    if key in valid_keys or existing.single_term(key) is not None:
                        continue
                    report(row.line, "related", f'"{name}" is on line {first_line[key]}, which is skipped')
                    changed = True
                    break

    rows = [row for row in candidates if row.line not in problems]
    ordered = [problem for line in sorted(problems) for problem in problems[line]]
    return ImportPlan(
        source=source, rows=rows, problems=ordered, skipped=len(problems), languages=header.languages
    )


def _validate_translation(
    row: SourceRow,
    language: str,
    columns: dict[str, Column],
    candidate: TermRow,
    source_page: GlossaryTermPage | None,
    existing: Existing,
    first_line: dict[str, int],
    report: Callable[[int, str, str], None],
) -> TranslationRow | None:
    """Check one row's cells of one language; problems go to ``report`` (and make the whole row invalid).
    Returns the translation to write, or None when the row has no term in that language."""
    values = {name: row.cell(column.index) for name, column in columns.items()}
    term = " ".join(values.get("term", "").split())
    if not term:
        for name in TRANSLATED_FIELDS:
            if name != "term" and values.get(name, "").strip():
                report(
                    row.line,
                    f"{name}:{language}",
                    f'no "term:{language}" on this row: a translation needs its term',
                )
        return None

    key = term_key(term)
    label = f"term:{language}"
    if key in first_line:
        report(row.line, label, f'"{term}" already appears on line {first_line[key]}')
    else:
        first_line[key] = row.line
    if len(term) > TERM_MAX_LENGTH:
        report(row.line, label, f"longer than {TERM_MAX_LENGTH} characters")
    source_key = source_page.translation_key if source_page is not None else None
    clashes = [
        page
        for page in existing.translated_terms.get(language, {}).get(key, [])
        if page.translation_key != source_key
    ]
    if clashes:
        ids = ", ".join(str(page.pk) for page in clashes)
        report(row.line, label, f'"{term}" is already the title of another {language} term (id {ids})')

    translation = TranslationRow(language=language, term=term, key=key)
    raw_definition = values.get("definition", "").strip()
    if not raw_definition:
        if existing.translation_of(source_page, language) is None:
            report(
                row.line,
                f"definition:{language}",
                f'must not be empty: "{candidate.term}" has no {language} translation yet',
            )
    else:
        definition = to_rich_text(raw_definition)
        if not definition:
            report(row.line, f"definition:{language}", "no text left after removing unsupported HTML")
        elif candidate.definition:
            try:
                translation.definition = align_definition(candidate.definition, definition)
            except AlignmentError as error:
                report(row.line, f"definition:{language}", str(error))
    if "abbreviation" in values:
        translation.abbreviation = " ".join(values["abbreviation"].split())
        if len(translation.abbreviation) > ABBREVIATION_MAX_LENGTH:
            report(row.line, f"abbreviation:{language}", f"longer than {ABBREVIATION_MAX_LENGTH} characters")
    if "synonyms" in values:
        translation.synonyms = split_list(values["synonyms"])
        if len(f"{LIST_SEPARATOR} ".join(translation.synonyms)) > SYNONYMS_MAX_LENGTH:
            report(row.line, f"synonyms:{language}", f"longer than {SYNONYMS_MAX_LENGTH} characters in all")
    return translation
