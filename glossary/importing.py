"""Import glossary terms from a spreadsheet (CSV or XLSX): read rows → validate → apply.

Each step is a plain function so it can be tested and reused (the ``import_glossary`` management command
only parses arguments and prints). The rules, in short:

* The file's first non-blank row is the header. Column names are case-insensitive; ``term`` and
  ``definition`` are required; ``abbreviation``, ``synonyms``, ``related`` and ``topics`` are optional
  (the last three are lists separated by ";"). Any other column, or values under a column without a name,
  is a file-level error: nothing is imported, even with ``skip_invalid``, because a misspelt column would
  otherwise silently drop data from every row.
* An optional column that is absent leaves that field of existing terms as it is; a column that is present
  but empty in a row clears the field (or empties the list).
* Terms are matched case-insensitively (and ignoring repeated spaces) against the titles of the glossary's
  children, so a term is updated, never duplicated. A title differing only in case is updated to the file's
  spelling; the page's slug (its URL) never changes.
* ``definition`` is plain text (escaped; blank lines separate paragraphs) unless it uses one of the tags the
  editor offers (p, br, b/strong, i/em, a, ul, ol, li): then it is sanitised by
  :func:`glossary.richtext.sanitise_rich_text` (other tags dropped, links only http(s)/mailto).
* Bad rows are reported as ``FILE:LINE: column: message``. By default one bad row means nothing is written.
  With ``skip_invalid`` the valid rows are imported; a row whose ``related`` names a term that exists only
  in a skipped row is skipped too (and reported), so no term is written with a related set that differs from
  the file. A related term that is skipped in the file but already exists in the glossary is linked to the
  existing page.
* Existing terms are compared with their latest revision (what editors see in the admin). If nothing the
  file sets differs, the term is "unchanged" and gets no new revision, so re-importing a file is a no-op.
* Without ``publish`` every change is a draft: new terms are created unpublished, and a live term gets a new
  draft revision while its live version stays online. With ``publish`` each new revision is published, and
  an unchanged term whose latest revision is still a draft is published as it is (the usual workflow:
  import, review the drafts, import again with ``--publish``). Publishing bypasses moderation workflows.
* Everything happens in one transaction: any failure leaves the database as it was.

Per-language columns ``term:<lang>``, ``definition:<lang>``, ``abbreviation:<lang>`` and ``synonyms:<lang>``
(``<lang>``: any content language but the source one, i.e. fr, es, pt, ar) create or update the translation
of the row's term into that language:

* Header: an unknown language (``term:xx``, or one the site is not configured for, such as ``term:de``) is a
  file-level error, and so are ``related:fr`` and ``topics:fr`` (translations take their source term's related
  terms and topics, see below), the source language (``term:en`` is an error rather than an alias of
  ``term``, so that no file has two columns for the same value), and a per-language column without the
  ``term:<lang>`` column of its language.
* Rows: a row with an empty ``term:fr`` has no French translation (an existing one is left alone); other
  French cells on such a row are an error. ``definition:fr`` may be empty only when the translation exists
  (it keeps its definition). A French term must not appear twice in the file, nor be the title of another
  term's French translation. The French definition must have the paragraphs and lists of the English one,
  because wagtail-localize translates a definition piece by piece (:mod:`glossary.translation_memory`). A
  row with a problem in any language is invalid as a whole.
* A translation is the Wagtail translation of its source term (same translation_key, the language's
  locale), created with ``copy_for_translation`` under the glossary's page in that language. When that page
  does not exist, it is created as an alias of the glossary (and so are its parents up to the home page),
  the way Wagtail and wagtail-localize create the parents of a translated page: it shows the English page
  until an editor translates it, and lists the terms of its language. An alias standing in for the term
  becomes its translation. A new translation's slug comes from its term (the source term's slug when the
  term has no Latin letters, e.g. in Arabic); an existing translation keeps its URL.
* A translation's related terms and topics are those of its source term, each replaced by its page (a
  translation, or an alias) or topic in the translation's language where there is one: the rule
  ``decnet.translation`` applies whenever a translated page is saved.
* Absent ``abbreviation:fr`` / ``synonyms:fr`` columns leave the field as it is (a new translation starts as
  a copy of its source term); empty cells clear it.
* Each translation is recorded in wagtail-localize (``TranslationSource`` of the source term, ``Translation``,
  translation memory), so editors open it in wagtail-localize's editor and can sync it after the source
  changes; a sync gives back what the import wrote (exceptions in :mod:`glossary.translation_memory`).
* Translations are compared, drafted and published exactly like source terms, and count in the summary like
  them: a new term with a French translation counts "created 2"; re-importing the file reports every term
  and translation unchanged.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant
from wagtail.log_actions import log
from wagtail.models import Locale, Page

from decnet.models import Topic
from glossary.models import GlossaryPage, GlossaryRelatedTerm, GlossaryTermPage
from glossary.richtext import to_rich_text
from glossary.translation_memory import (
    AlignedDefinition,
    AlignmentError,
    TranslatedValues,
    align_definition,
    record_translation,
)

LIST_SEPARATOR = ";"
UTF8_BOM = b"\xef\xbb\xbf"
CSV_DELIMITERS = (",", ";", "\t")
# Lengths of the model fields the import fills (checked here so errors name the row, not a traceback).
TERM_MAX_LENGTH = GlossaryTermPage._meta.get_field("title").max_length
ABBREVIATION_MAX_LENGTH = GlossaryTermPage._meta.get_field("abbreviation").max_length
SYNONYMS_MAX_LENGTH = GlossaryTermPage._meta.get_field("synonyms").max_length
TOPIC_NAME_MAX_LENGTH = Topic._meta.get_field("name").max_length
TOPIC_SLUG_MAX_LENGTH = Topic._meta.get_field("slug").max_length
PAGE_SLUG_MAX_LENGTH = 200
# Characters that cannot be stored (NUL in PostgreSQL) or that are invisible garbage in a definition.
_CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# -- errors and reports -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One error in the file, printed as ``FILE:LINE: column: message``."""

    source: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.column}: {self.message}"


class ImportFileError(Exception):
    """The file cannot be imported at all (unreadable, wrong format, bad header, no glossary…).

    ``problems`` lists header problems to print before the one-line message.
    """

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class InvalidRows(Exception):
    """Some rows are invalid and ``skip_invalid`` was not given: nothing was written."""

    def __init__(self, source: str, problems: Sequence[Problem], invalid_lines: int) -> None:
        super().__init__(
            f"{source}: {invalid_lines} invalid row{'s' if invalid_lines != 1 else ''}; nothing was imported"
        )
        self.problems = list(problems)


# -- reading ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    line: int  # 1-based line of the file where the row starts (the row number in a spreadsheet)
    cells: tuple[str, ...]

    def cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""


@dataclass(frozen=True)
class SourceTable:
    source: str  # the file name used in messages
    header_line: int
    header: tuple[str, ...]
    rows: tuple[SourceRow, ...]


def _is_blank(cells: Iterable[str]) -> bool:
    return all(not cell.strip() for cell in cells)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _read_bytes(path: Path, source: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise ImportFileError(f"{source}: is a directory, not a file") from None
    except PermissionError:
        raise ImportFileError(f"{source}: permission denied") from None
    except OSError as error:
        raise ImportFileError(f"{source}: cannot be read ({_one_line(error.strerror or error)})") from None


# Bounds (issue 17): a file past them is refused with the line named, before it can take the memory of a
# small host. A cell's text is never echoed when it is too long.
MAX_ROWS = 20_000
MAX_CELL_CHARS = 20_000
MAX_XLSX_SHEET_BYTES = 64 * 1024 * 1024  # the first sheet's XML, uncompressed


def _table_from_rows(source: str, numbered_rows: Iterable[tuple[int, list[str]]]) -> SourceTable:
    """The first non-blank row is the header; blank rows are ignored. Refuses more than MAX_ROWS rows and
    cells longer than MAX_CELL_CHARS, naming the line (and never echoing the cell)."""
    header: tuple[str, ...] | None = None
    header_line = 0
    rows: list[SourceRow] = []
    for line, cells in numbered_rows:
        if line > MAX_ROWS + 1:
            raise ImportFileError(
                f"{source}:{line}: more than {MAX_ROWS:,} rows; split the file into smaller ones"
            )
        for column, cell in enumerate(cells, start=1):
            if len(cell) > MAX_CELL_CHARS:
                raise ImportFileError(
                    f"{source}:{line}: the cell in column {column} has {len(cell):,} characters "
                    f"(at most {MAX_CELL_CHARS:,})"
                )
        if _is_blank(cells):
            continue
        if header is None:
            header, header_line = tuple(cells), line
        else:
            rows.append(SourceRow(line=line, cells=tuple(cells)))
    if header is None:
        raise ImportFileError(f"{source}: the file is empty")
    return SourceTable(source=source, header_line=header_line, header=header, rows=tuple(rows))


def decode_utf8(data: bytes, source: str) -> str:
    """The file's text; a UTF-8 byte-order mark is allowed. Anything else that is not UTF-8 is an error
    naming the first bad byte, its offset in the file and its line, so the user can find it."""
    offset = 0
    if data.startswith(UTF8_BOM):
        data, offset = data[len(UTF8_BOM) :], len(UTF8_BOM)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        line = data.count(b"\n", 0, error.start) + 1
        hint = ""
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            hint = "; the file looks like UTF-16, save it as CSV UTF-8"
        where = f"byte 0x{byte:02x} at position {error.start + offset}, line {line}"
        raise ImportFileError(f"{source}: not valid UTF-8 ({where}){hint}") from None


def _csv_delimiter(text: str) -> str:
    """Comma, or the semicolon or tab that spreadsheet programs use in some locales (judged on the header)."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    for delimiter in CSV_DELIMITERS:
        if delimiter in first_line:
            return delimiter
    return ","


def read_csv(data: bytes, source: str) -> SourceTable:
    """Rows of a UTF-8 CSV file, each with the line it starts on (quoted cells may span lines)."""
    text = decode_utf8(data, source)
    if not text.strip():
        raise ImportFileError(f"{source}: the file is empty")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_csv_delimiter(text))

    def numbered() -> Iterable[tuple[int, list[str]]]:
        previous_end = 0
        try:
            for cells in reader:
                yield previous_end + 1, cells
                previous_end = reader.line_num
        except csv.Error as error:
            raise ImportFileError(
                f"{source}: not a valid CSV file (line {reader.line_num}: {_one_line(error)})"
            ) from None

    return _table_from_rows(source, numbered())


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0):
        return value.date().isoformat()  # spreadsheets store dates as midnight date-times
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _xlsx_sheet_too_large(data: bytes) -> bool:
    """True when a worksheet's XML, as the ZIP directory declares it, is past MAX_XLSX_SHEET_BYTES: refused
    before any XML is parsed (a few hundred KB of XLSX can hold millions of rows or a 1 GiB cell)."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(
                info.filename.startswith("xl/worksheets/") and info.file_size > MAX_XLSX_SHEET_BYTES
                for info in archive.infolist()
            )
    except (zipfile.BadZipFile, OSError, ValueError):
        return False  # openpyxl reports what is wrong with the file


def read_xlsx(data: bytes, source: str) -> SourceTable:
    """Rows of the workbook's first sheet with their row numbers (formulas give their cached values), read
    in streaming (read-only) mode within the row and cell bounds."""
    import openpyxl

    if _xlsx_sheet_too_large(data):
        raise ImportFileError(
            f"{source}: the worksheet is larger than {MAX_XLSX_SHEET_BYTES // (1024 * 1024)} MB once "
            f"unpacked (at most {MAX_ROWS:,} rows of {MAX_CELL_CHARS:,} characters a cell); split the file"
        )
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types (zip, XML, key errors) on damaged files
        detail = _one_line(error)[:200] or type(error).__name__
        raise ImportFileError(f"{source}: not a valid XLSX workbook ({detail})") from None

    def numbered() -> Iterable[tuple[int, list[str]]]:
        number = 0
        try:
            for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
                yield number, [_cell_text(value) for value in values]
        except ImportFileError:
            raise
        except Exception as error:  # damaged XML, a sheet past the format's limits …
            detail = _one_line(error)[:200] or type(error).__name__
            raise ImportFileError(f"{source}:{number + 1}: cannot be read ({detail})") from None

    try:
        if not workbook.worksheets:
            raise ImportFileError(f"{source}: the workbook has no worksheet")
        sheet = workbook.worksheets[0]
        return _table_from_rows(source, numbered())
    finally:
        workbook.close()


READERS = {".csv": read_csv, ".xlsx": read_xlsx}


def read_table(path: str | Path, source: str | None = None) -> SourceTable:
    """Read a CSV or XLSX file (chosen by extension) into a header and numbered rows.

    Raises ImportFileError with a one-line message for every file-level problem.
    """
    path = Path(path)
    source = source if source is not None else str(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kind = f'"{path.suffix}"' if path.suffix else "without an extension"
        raise ImportFileError(f"{source}: unsupported file type {kind} (use .csv or .xlsx)")
    return reader(_read_bytes(path, source), source)


# -- header -----------------------------------------------------------------------------------------------


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


# -- what is already there --------------------------------------------------------------------------------


def term_key(text: str) -> str:
    """How terms are matched: case-insensitive, ignoring surrounding and repeated whitespace."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def find_glossary() -> GlossaryPage:
    """The glossary of the default locale (there must be exactly one)."""
    locale = Locale.get_default()
    glossaries = list(GlossaryPage.objects.filter(locale=locale).order_by("path"))
    if not glossaries:
        raise ImportFileError(
            f"no glossary page in the default locale ({locale.language_code}); create one in the admin first"
        )
    if len(glossaries) > 1:
        ids = ", ".join(str(page.pk) for page in glossaries)
        raise ImportFileError(f"several glossary pages in the default locale (ids {ids}); keep only one")
    return glossaries[0]


@dataclass
class Existing:
    """The glossary's current terms (by key) and the topics of its locale; for the languages of the file's
    per-language columns, their locales, glossaries and glossary terms."""

    terms: dict[str, list[GlossaryTermPage]]
    topics: list[Topic]
    slugs: set[str]
    locales: dict[str, Locale] = field(default_factory=dict)
    # The glossary's translation (or alias) in each language that has one.
    glossaries: dict[str, GlossaryPage] = field(default_factory=dict)
    # (translation_key, language) → the term page in that language, translation or alias.
    translations: dict[tuple[object, str], GlossaryTermPage] = field(default_factory=dict)
    # language → title key → the translated terms (not aliases) of that title.
    translated_terms: dict[str, dict[str, list[GlossaryTermPage]]] = field(default_factory=dict)

    def single_term(self, key: str) -> GlossaryTermPage | None:
        pages = self.terms.get(key, [])
        return pages[0] if len(pages) == 1 else None

    def translation_of(self, page: GlossaryTermPage | None, language: str) -> GlossaryTermPage | None:
        """The term's page in ``language`` (a real translation, not an alias), if there is one."""
        if page is None:
            return None
        translation = self.translations.get((page.translation_key, language))
        return translation if translation is not None and not translation.alias_of_id else None


def load_existing(glossary: GlossaryPage, languages: Sequence[str] = ()) -> Existing:
    """What the import compares the file with. Raises ImportFileError when a language has no locale, or has
    a glossary page that is not the translation of ``glossary`` (a second one would be created)."""
    terms: dict[str, list[GlossaryTermPage]] = {}
    for page in GlossaryTermPage.objects.child_of(glossary).order_by("path"):
        terms.setdefault(term_key(page.title), []).append(page)
    slugs = set(glossary.get_children().values_list("slug", flat=True))
    topics = list(Topic.objects.filter(locale_id=glossary.locale_id).order_by("pk"))
    existing = Existing(terms=terms, topics=topics, slugs=slugs)
    if not languages:
        return existing

    existing.locales = {
        locale.language_code: locale for locale in Locale.objects.filter(language_code__in=languages)
    }
    for language in languages:
        if language not in existing.locales:
            raise ImportFileError(
                f'no locale for the language "{language}" in the database; add it in the admin '
                "(Settings → Locales) first"
            )
    by_locale = {locale.pk: code for code, locale in existing.locales.items()}
    others: dict[str, list[GlossaryPage]] = {}
    for page in GlossaryPage.objects.filter(locale_id__in=by_locale).order_by("path"):
        code = by_locale[page.locale_id]
        if page.translation_key == glossary.translation_key:
            existing.glossaries[code] = page
        else:
            others.setdefault(code, []).append(page)
    for code in languages:
        if code not in existing.glossaries and others.get(code):
            ids = ", ".join(str(page.pk) for page in others[code])
            raise ImportFileError(
                f'the "{code}" glossary page (id {ids}) is not a translation of the glossary '
                f"(id {glossary.pk}); delete it or translate the glossary in the admin, then import again"
            )
    for page in GlossaryTermPage.objects.filter(locale_id__in=by_locale).order_by("path"):
        code = by_locale[page.locale_id]
        existing.translations[(page.translation_key, code)] = page
        if not page.alias_of_id:
            existing.translated_terms.setdefault(code, {}).setdefault(term_key(page.title), []).append(page)
    return existing


# -- validation -------------------------------------------------------------------------------------------


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


def split_list(value: str) -> list[str]:
    """Items of a ";"-separated cell, stripped, blanks and (case-insensitive) repeats removed."""
    items: list[str] = []
    seen: set[str] = set()
    for item in value.split(LIST_SEPARATOR):
        item = " ".join(item.split())
        if item and term_key(item) not in seen:
            seen.add(term_key(item))
            items.append(item)
    return items


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


# -- applying ---------------------------------------------------------------------------------------------


@dataclass
class Summary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    published_drafts: int = 0

    def __str__(self) -> str:
        counts = (("created", self.created), ("updated", self.updated), ("unchanged", self.unchanged))
        return ", ".join(f"{name} {count}" for name, count in (*counts, ("skipped", self.skipped)))


@dataclass
class Outcome:
    summary: Summary
    problems: list[Problem] = field(default_factory=list)


def unique_slug(title: str, taken: set[str]) -> str:
    """A slug for a new term that no sibling uses yet ("term" when the title has no Latin letters)."""
    base = slugify(title)[:PAGE_SLUG_MAX_LENGTH].strip("-") or "term"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def _related_ids(page: GlossaryTermPage) -> list[int]:
    rows = sorted(
        enumerate(page.related_terms.all()),
        key=lambda pair: (pair[1].sort_order is None, pair[1].sort_order or 0, pair[0]),
    )
    return [row.related_term_id for _position, row in rows]


def _matches(
    page: GlossaryTermPage, row: TermRow, related: list[int] | None, topics: list[Topic] | None
) -> bool:
    """True when every field the row sets already has the row's value on ``page``."""
    if page.title != row.term or page.definition != row.definition:
        return False
    if row.abbreviation is not None and page.abbreviation != row.abbreviation:
        return False
    if row.synonyms is not None and page.synonym_list != row.synonyms:
        return False
    if related is not None and _related_ids(page) != related:
        return False
    return topics is None or {topic.pk for topic in page.topics.all()} == {topic.pk for topic in topics}


def _set_fields(
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


def _save_error(source: str, row: TermRow, error: ValidationError, column: str = "term") -> ImportFileError:
    details = "; ".join(
        f"{name}: {' '.join(messages)}" for name, messages in getattr(error, "message_dict", {}).items()
    ) or " ".join(error.messages)
    return ImportFileError(
        f"{source}:{row.line}: {column}: cannot be saved ({_one_line(details)}); nothing was imported"
    )


def apply(plan: ImportPlan, glossary: GlossaryPage, existing: Existing, *, publish: bool = False) -> Summary:
    """Write the plan's rows (call inside a transaction). New terms are created first so that rows can
    relate to terms further down the file; each term then gets at most one new revision. The translations
    are written after all the source terms (see :func:`apply_translations`)."""
    summary = Summary(skipped=plan.skipped)
    topics_by_slug = {topic.slug.lower(): topic for topic in existing.topics}
    for slug, name in plan.new_topics.items():
        topics_by_slug[slug] = Topic.objects.create(name=name, slug=slug, locale_id=glossary.locale_id)

    pages: dict[str, GlossaryTermPage] = {}
    for key, matches in existing.terms.items():
        if len(matches) == 1:
            pages[key] = matches[0]
    new_keys: set[str] = set()
    for row in plan.rows:
        if row.key in pages:
            continue
        page = GlossaryTermPage(
            title=row.term,
            slug=unique_slug(row.term, existing.slugs),
            definition=row.definition,
            abbreviation=row.abbreviation or "",
            synonyms=f"{LIST_SEPARATOR} ".join(row.synonyms or []),
            locale_id=glossary.locale_id,
            live=False,
            has_unpublished_changes=True,
        )
        try:
            glossary.add_child(instance=page)
        except ValidationError as error:
            raise _save_error(plan.source, row, error) from None
        pages[row.key] = page
        new_keys.add(row.key)

    # What each row's term is after the import (its latest revision): the source of its translations.
    written: dict[str, GlossaryTermPage] = {}
    for row in plan.rows:
        page = pages[row.key]
        related = [pages[key].pk for key in row.related] if row.related is not None else None
        topics = (
            [ref.topic or topics_by_slug[ref.slug] for ref in row.topics] if row.topics is not None else None
        )
        try:
            if row.key in new_keys:
                _set_fields(page, row, related, topics)
                page.save()  # a never-published page keeps its draft content in its own row, as in the admin
                revision = page.save_revision(log_action=False)
                log(instance=page, action="wagtail.create", revision=revision, content_changed=True)
                if publish:
                    revision.publish()
                summary.created += 1
                written[row.key] = page
                continue
            current = page.get_latest_revision_as_object()
            written[row.key] = current
            if _matches(current, row, related, topics):
                summary.unchanged += 1
                if publish and (not page.live or page.has_unpublished_changes):
                    revision = page.get_latest_revision() or page.save_revision(log_action=True)
                    revision.publish()
                    summary.published_drafts += 1
                continue
            _set_fields(current, row, related, topics)
            revision = current.save_revision(log_action=True)
            if publish:
                revision.publish()
            summary.updated += 1
        except ValidationError as error:
            raise _save_error(plan.source, row, error) from None

    if plan.languages:
        apply_translations(plan, glossary, existing, pages, written, summary, publish=publish)
    return summary


def translation_slug(term: str, source_slug: str, taken: set[str]) -> str:
    """A slug for a new translation: from the translated term ("décentralisation" → "decentralisation"), or
    the source term's slug when the term has no Latin letters (Arabic), made unique among its siblings."""
    base = slugify(term)[:PAGE_SLUG_MAX_LENGTH].strip("-") or source_slug
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def translated_glossary(glossary: GlossaryPage, locale: Locale, existing: Existing) -> GlossaryPage:
    """The glossary's page in ``locale``. When there is none, it is created the way Wagtail and
    wagtail-localize create the parents of a translated page: as an alias of the glossary (with aliases of
    its parents up to the home page where those are missing too). An alias shows the source page's content
    and follows it until an editor translates it ("Translate this page" in the admin); meanwhile it lists
    the terms of its own language."""
    page = existing.glossaries.get(locale.language_code)
    if page is None:
        page = glossary.copy_for_translation(locale, copy_parents=True, alias=True)
        existing.glossaries[locale.language_code] = page
    return page


def _localized_relations(
    written: dict[str, GlossaryTermPage], keys: Iterable[str], locale: Locale
) -> tuple[dict[str, list[int]], dict[str, list[Topic]]]:
    """For each row key: its source term's related terms and topics, each replaced by its page or topic in
    ``locale`` where there is one (a translation, or an alias standing in for it), else kept as it is.

    This is the rule decnet.translation applies whenever a translated page is saved, so that a later save
    from the admin gives the same relations."""
    keys = list(keys)
    related = {key: _related_ids(written[key]) for key in keys}
    topics = {key: list(written[key].topics.all()) for key in keys}
    related_ids = {page_id for ids in related.values() for page_id in ids}
    translation_key_of = dict(
        GlossaryTermPage.objects.filter(pk__in=related_ids).values_list("pk", "translation_key")
    )
    page_in_locale = dict(
        Page.objects.filter(locale=locale, translation_key__in=set(translation_key_of.values())).values_list(
            "translation_key", "pk"
        )
    )
    topic_keys = {topic.translation_key for items in topics.values() for topic in items}
    topic_in_locale = {
        topic.translation_key: topic
        for topic in Topic.objects.filter(locale=locale, translation_key__in=topic_keys)
    }
    localized_related = {
        key: [page_in_locale.get(translation_key_of.get(page_id), page_id) for page_id in ids]
        for key, ids in related.items()
    }
    localized_topics = {
        key: [topic_in_locale.get(topic.translation_key, topic) for topic in items]
        for key, items in topics.items()
    }
    return localized_related, localized_topics


def apply_translations(
    plan: ImportPlan,
    glossary: GlossaryPage,
    existing: Existing,
    pages: dict[str, GlossaryTermPage],
    written: dict[str, GlossaryTermPage],
    summary: Summary,
    *,
    publish: bool = False,
) -> None:
    """Create or update the translations of the plan's terms, language by language (call inside the
    transaction, after the source terms are written).

    A new translation is made with Wagtail's ``copy_for_translation`` under the glossary's page in that
    language (same translation_key as its source term), then gets the file's values; an alias standing in
    for the term in that language becomes the translation. All new translations of a language exist before
    any is filled in, so related terms can point at translations further down the file. Each translation is
    then compared with its latest revision like a source term (created / updated / unchanged, drafts unless
    ``publish``), and recorded in wagtail-localize (:func:`glossary.translation_memory.record_translation`).
    """
    for language in plan.languages:
        rows = [row for row in plan.rows if language in row.translations]
        if not rows:
            continue
        locale = existing.locales[language]
        parent = translated_glossary(glossary, locale, existing)
        taken = set(parent.get_children().values_list("slug", flat=True))
        translations: dict[str, GlossaryTermPage] = {}
        created: set[str] = set()
        for row in rows:
            translation = row.translations[language]
            source = pages[row.key]
            page = existing.translations.get((source.translation_key, language))
            try:
                if page is None:
                    slug = translation_slug(translation.term, source.slug, taken)
                    page = source.copy_for_translation(locale)
                    page.title, page.slug = translation.term, slug
                    page.save()
                elif page.alias_of_id:
                    page.alias_of = None
                    page.save(update_fields=["alias_of"], clean=False)
                    log(
                        instance=page,
                        action="wagtail.convert_alias",
                        data={"page": {"id": page.pk, "title": page.get_admin_display_title()}},
                    )
                else:
                    translations[row.key] = page
                    continue
            except ValidationError as error:
                raise _save_error(plan.source, row, error, f"term:{language}") from None
            translations[row.key] = page
            created.add(row.key)

        related, topics = _localized_relations(written, (row.key for row in rows), locale)
        for row in rows:
            translation = row.translations[language]
            page = translations[row.key]
            # A copy made above holds its draft in its row (its first revision still has the source's title
            # and slug); an alias made a translation has no revision of its own yet.
            current = page if row.key in created and not page.live else page.get_latest_revision_as_object()
            values = TermRow(
                line=row.line,
                term=translation.term,
                key=translation.key,
                definition=translation.definition.html if translation.definition else current.definition,
                abbreviation=translation.abbreviation,
                synonyms=translation.synonyms,
            )
            try:
                if row.key in created:
                    _set_fields(current, values, related[row.key], topics[row.key])
                    if not page.live:
                        current.save()  # a never-published page keeps its draft content in its row
                    revision = current.save_revision(log_action=True)
                    if publish:
                        revision.publish()
                    summary.created += 1
                elif _matches(current, values, related[row.key], topics[row.key]):
                    summary.unchanged += 1
                    if publish and (not page.live or page.has_unpublished_changes):
                        revision = page.get_latest_revision() or page.save_revision(log_action=True)
                        revision.publish()
                        summary.published_drafts += 1
                else:
                    _set_fields(current, values, related[row.key], topics[row.key])
                    revision = current.save_revision(log_action=True)
                    if publish:
                        revision.publish()
                    summary.updated += 1
            except ValidationError as error:
                raise _save_error(plan.source, row, error, f"term:{language}") from None
            record_translation(
                written[row.key],
                locale,
                TranslatedValues(
                    title=translation.term,
                    slug=current.slug,
                    abbreviation=translation.abbreviation,
                    synonyms=f"{LIST_SEPARATOR} ".join(translation.synonyms)
                    if translation.synonyms
                    else None,
                    definition=translation.definition,
                ),
            )


# -- all steps --------------------------------------------------------------------------------------------


def import_glossary(
    path: str | Path, *, publish: bool = False, skip_invalid: bool = False, source: str | None = None
) -> Outcome:
    """Read, validate and apply a glossary file in one transaction.

    Raises ImportFileError (file-level problem, nothing written) or InvalidRows (bad rows without
    ``skip_invalid``, nothing written). With ``skip_invalid`` the returned problems are the skipped rows.
    """
    table = read_table(path, source)
    header = parse_header(table)
    if header.missing:
        names = ", ".join(f'"{name}"' for name in header.missing)
        plural = "s" if len(header.missing) > 1 else ""
        raise ImportFileError(f"{table.source}: missing required column{plural} {names}", header.problems)
    if header.problems:
        raise ImportFileError(
            f"{table.source}: unknown or unnamed columns in the header; nothing was imported", header.problems
        )
    with transaction.atomic():
        glossary = find_glossary()
        existing = load_existing(glossary, header.languages)
        plan = validate(table, header, existing, skip_invalid=skip_invalid)
        if plan.problems and not skip_invalid:
            raise InvalidRows(table.source, plan.problems, plan.skipped)
        summary = apply(plan, glossary, existing, publish=publish)
    return Outcome(summary=summary, problems=plan.problems)
