"""The header of a glossary file: which column holds which field, in which language, and what is wrong with
it (unknown, duplicate or unnamed columns are file-level errors, so a misspelt column never drops data)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant

from spreadsheets.tabular import Problem, SourceTable


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    required: bool = False  # the column without a language suffix must be there
    is_list: bool = False
    # Whether "name:<language>" columns are accepted: the fields a translation has its own value for.
    per_language: bool = False


COLUMN_SPECS: dict[str, ColumnSpec] = {
    spec.name: spec
    for spec in (
        ColumnSpec("term", required=True, per_language=True),
        ColumnSpec("definition", required=True, per_language=True),
        ColumnSpec("abbreviation", per_language=True),
        ColumnSpec("synonyms", is_list=True, per_language=True),
        ColumnSpec("related", is_list=True),
        ColumnSpec("topics", is_list=True),
    )
}
# The fields of a translation, in the order their problems are reported.
TRANSLATED_FIELDS = tuple(spec.name for spec in COLUMN_SPECS.values() if spec.per_language)


def default_language() -> str:
    """The source language (the default locale's code), from the settings: no database needed."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def translation_languages() -> tuple[str, ...]:
    """The content languages a column may name ("term:fr"), in settings order: all but the default one."""
    default = default_language()
    return tuple(code for code in get_content_languages() if code != default)


@dataclass(frozen=True)
class Column:
    index: int
    field: str
    language: str | None = None

    @property
    def label(self) -> str:
        """The column's name in messages: the field, with its language if it has one ("term:fr")."""
        return f"{self.field}:{self.language}" if self.language else self.field


@dataclass(frozen=True)
class Header:
    columns: tuple[Column, ...]
    problems: tuple[Problem, ...] = ()
    missing: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # the languages of the per-language columns, in settings order

    def get(self, field_name: str, language: str | None = None) -> Column | None:
        for column in self.columns:
            if column.field == field_name and column.language == language:
                return column
        return None


def parse_column_name(name: str) -> tuple[str, str | None]:
    """ "Term " → ("term", None); "Term:FR" → ("term", "fr")."""
    normalised = name.strip().casefold()
    field_name, separator, language = normalised.partition(":")
    if not separator:
        return normalised, None
    return field_name.strip(), language.strip()


def _language_problem(
    field_name: str, language: str, spec: ColumnSpec, languages: Sequence[str]
) -> str | None:
    """Why "field:language" is not a column, or None when it is one."""
    if not language:
        return 'no language after ":"'
    if language == default_language().casefold():
        return f'"{language}" is the source language: use the column "{field_name}"'
    if language not in languages:
        return f'unknown language "{language}"'
    if not spec.per_language:
        return (
            "not a per-language column: translations take the related terms and topics of their source term "
            "(in their own language where translated)"
        )
    return None


def parse_header(table: SourceTable, languages: Sequence[str] | None = None) -> Header:
    """Map the header's names to fields. Unknown, duplicate and unnamed-but-filled columns are problems
    (reported on the header line); required columns that are absent are listed in ``missing``.

    ``languages`` are the codes "term:<code>" may use (by default every content language but the source one).
    A per-language column without the "term:<code>" column of its language is a problem too: every row
    would need that term.
    """
    if languages is None:
        languages = translation_languages()
    by_casefold = {code.casefold(): code for code in languages}
    problems: list[Problem] = []
    columns: list[Column] = []
    seen: dict[tuple[str, str | None], int] = {}
    width = max([len(table.header), *(len(row.cells) for row in table.rows)])
    for index in range(width):
        raw = table.header[index] if index < len(table.header) else ""
        name = raw.strip()
        if not name:
            if any(row.cell(index).strip() for row in table.rows):
                problems.append(
                    Problem(
                        table.source,
                        table.header_line,
                        f"column {index + 1}",
                        "values under a column without a name",
                    )
                )
            continue
        field_name, language = parse_column_name(name)
        spec = COLUMN_SPECS.get(field_name)
        if spec is None:
            problems.append(Problem(table.source, table.header_line, name, "unknown column"))
            continue
        if language is not None:
            message = _language_problem(field_name, language, spec, list(by_casefold))
            if message is not None:
                problems.append(Problem(table.source, table.header_line, name, message))
                continue
            language = by_casefold[language]
        key = (field_name, language)
        if key in seen:
            problems.append(
                Problem(
                    table.source, table.header_line, name, f"duplicate column (also column {seen[key] + 1})"
                )
            )
            continue
        seen[key] = index
        columns.append(Column(index=index, field=field_name, language=language))
    missing = tuple(
        spec.name for spec in COLUMN_SPECS.values() if spec.required and (spec.name, None) not in seen
    )
    present = {column.language for column in columns if column.language is not None}
    for column in columns:
        if column.language is not None and ("term", column.language) not in seen:
            problems.append(
                Problem(
                    table.source,
                    table.header_line,
                    table.header[column.index].strip(),
                    f'no "term:{column.language}" column: a translation needs its term',
                )
            )
    ordered_languages = tuple(code for code in languages if code in present)
    return Header(
        columns=tuple(columns), problems=tuple(problems), missing=missing, languages=ordered_languages
    )
