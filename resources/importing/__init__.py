"""Import and export of knowledge products as CSV or XLSX (``import_products``, ``export_products``, and the
admin's "Import knowledge products").

Columns, one product a row (the file's rows are the products of the default language):

* ``title``, ``type`` (a resource type's slug), ``summary``, ``date`` (YYYY-MM-DD) are required;
* ``slug`` (the product's URL slug: the key that makes a row update an existing product; made from the title
  when empty), ``publisher``, ``authors`` (people's slugs), ``topics`` (topic slugs), ``countries`` (ISO
  codes), ``doi``, ``isbn``; lists are separated by ``;``;
* ``files``: ``;``-separated entries ``NAME|LANGUAGE|LABEL``: a document of the library whose file is NAME,
  or, with ``--files DIR``, the file DIR/NAME, uploaded through the site's upload checks;
* ``title:<lang>`` and ``summary:<lang>``: the product's translation into that content language (created
  under the library's translation, its classification in that language where translated).

Reading (within the bounds of :mod:`spreadsheets.tabular`), problems and the summary are those of every
import: problems are ``FILE:LINE: column: message``; the import is one transaction, and with invalid rows
nothing is written unless ``skip_invalid``; new and changed products are drafts unless ``publish``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.models import Locale

from decnet.bulk import bulk_change
from decnet.models import Country, Person, Topic
from hardening.uploads import validate_document_upload
from resources.models import (
    FILE_LANGUAGES,
    ResourceAuthor,
    ResourceFile,
    ResourceLibraryPage,
    ResourcePage,
    ResourceType,
)
from spreadsheets.imports import Outcome, Summary
from spreadsheets.tabular import ImportFileError, InvalidRows, Problem, SourceTable, read_table, split_list

REQUIRED = ("title", "type", "summary", "date")
OPTIONAL = ("slug", "publisher", "authors", "topics", "countries", "doi", "isbn", "files")
TRANSLATED = ("title", "summary")
LIST_SEPARATOR = ";"
FILE_SEPARATOR = "|"
FILE_LANGUAGE_CODES = {code for code, _name in FILE_LANGUAGES}

__all__ = ["ImportFileError", "InvalidRows", "export_products", "import_products"]


@dataclass
class ProductRow:
    line: int
    slug: str
    values: dict
    authors: list
    topics: list
    countries: list
    files: list  # (document, language, label)
    translations: dict[str, dict] = field(default_factory=dict)  # language -> {"title":…, "summary":…}


def _languages() -> list[str]:
    default = settings.LANGUAGE_CODE
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != default]


def _header(table: SourceTable) -> dict[str, int]:
    columns: dict[str, int] = {}
    problems = []
    allowed = set(REQUIRED + OPTIONAL) | {f"{name}:{code}" for name in TRANSLATED for code in _languages()}
    for index, raw in enumerate(table.header):
        name = raw.strip().lower()
        if name not in allowed:
            problems.append(
                Problem(table.source, table.header_line, raw or f"column {index + 1}", "unknown column")
            )
        columns[name] = index
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        names = ", ".join(f'"{name}"' for name in missing)
        raise ImportFileError(f"{table.source}: missing required column(s) {names}", problems)
    if problems:
        raise ImportFileError(
            f"{table.source}: unknown columns in the header; nothing was imported", problems
        )
    return columns


@dataclass
class Uploads:
    """The documents one import uploads from ``--files``, by file name. The database rolls back when the
    import fails, the media folder does not: ``discard`` deletes the files stored so far, so nothing is
    half-written."""

    folder: Path | None
    documents: dict[str, AbstractDocument] = field(default_factory=dict)
    stored: list[FieldFile] = field(default_factory=list)

    def document_named(self, name: str) -> AbstractDocument:
        """The library's document whose file is `name`, or one uploaded from the folder (checked first)."""
        Document = get_document_model()
        for document in Document.objects.filter(file__endswith=name).order_by("pk"):
            if Path(document.file.name).name == name:
                return document
        if name in self.documents:
            return self.documents[name]
        if self.folder is None:
            raise ValueError(f"no document named {name!r} in the library (give the folder of the files)")
        path = self.folder / name
        if not path.is_file():
            raise ValueError(f"{name!r} is neither in the library nor in {self.folder}")
        with path.open("rb") as handle:
            try:
                validate_document_upload(name, handle)
            except ValidationError as error:
                raise ValueError(f"{name}: {' '.join(error.messages)}") from None
            document = Document(title=Path(name).stem)
            document.file.save(name, File(handle), save=False)
            self.stored.append(document.file)
            document.save()
        self.documents[name] = document
        return document

    def discard(self) -> None:
        for stored in self.stored:
            stored.storage.delete(stored.name)
        self.stored.clear()
        self.documents.clear()


def _validate(table: SourceTable, columns: dict[str, int], uploads: Uploads):
    default = Locale.get_default()
    types = {t.slug: t for t in ResourceType.objects.filter(locale=default)}
    people = {p.slug: p for p in Person.objects.filter(locale=default)}
    topics = {t.slug: t for t in Topic.objects.filter(locale=default)}
    countries = {c.code: c for c in Country.objects.filter(locale=default)}
    rows, problems, skipped, seen = [], [], 0, set()
    for source_row in table.rows:
        cell = {name: source_row.cell(index).strip() for name, index in columns.items()}
        row_problems = []

        def problem(column: str, message: str, line: int = source_row.line, found=row_problems) -> None:
            found.append(Problem(table.source, line, column, message))

        for name in REQUIRED:
            if not cell.get(name):
                problem(name, "must not be empty")
        try:
            date = datetime.date.fromisoformat(cell["date"]) if cell.get("date") else None
        except ValueError:
            problem("date", f"{cell['date']!r} is not a date written YYYY-MM-DD")
            date = None
        slug = cell.get("slug") or slugify(cell.get("title", ""))
        if slug in seen:
            problem("slug", f"{slug!r} appears twice in the file")
        seen.add(slug)
        resource_type = types.get(cell.get("type", ""))
        if cell.get("type") and resource_type is None:
            problem("type", f"unknown resource type {cell['type']!r}")

        def lookup(column: str, known: dict, transform=lambda value: value, cell=cell):
            found = []
            for item in split_list(cell.get(column, "")):
                match = known.get(transform(item))
                if match is None:
                    problem(column, f"unknown {column[:-1] if column != 'countries' else 'country'} {item!r}")
                else:
                    found.append(match)
            return found

        authors = lookup("authors", people)
        row_topics = lookup("topics", topics)
        row_countries = lookup("countries", countries, str.upper)
        files = []
        for entry in [item for item in cell.get("files", "").split(LIST_SEPARATOR) if item.strip()]:
            parts = [part.strip() for part in entry.split(FILE_SEPARATOR)]
            if len(parts) != 3 or not parts[0] or not parts[2]:
                problem("files", f"{entry.strip()!r} is not NAME|LANGUAGE|LABEL")
                continue
            name, language, label = parts
            if language not in FILE_LANGUAGE_CODES:
                problem("files", f"{name}: unknown language {language!r}")
                continue
            try:
                files.append((uploads.document_named(name), language, label))
            except ValueError as error:
                problem("files", str(error))
        translations = {}
        for code in _languages():
            title, summary = cell.get(f"title:{code}", ""), cell.get(f"summary:{code}", "")
            if title or summary:
                if not title:
                    problem(f"title:{code}", "must not be empty when the translation has a summary")
                if not summary:
                    problem(f"summary:{code}", "must not be empty when the translation has a title")
                translations[code] = {"title": title, "summary": summary}
        if row_problems:
            problems += row_problems
            skipped += 1
            continue
        values = {
            "title": cell["title"],
            "resource_type": resource_type,
            "summary": cell["summary"],
            "publication_date": date,
            "doi": cell.get("doi", ""),
            "isbn": cell.get("isbn", ""),
        }
        if cell.get("publisher"):
            values["publisher"] = cell["publisher"]
        rows.append(
            ProductRow(source_row.line, slug, values, authors, row_topics, row_countries, files, translations)
        )
    return rows, problems, skipped


def _state(page: ResourcePage) -> tuple:
    return (
        page.title,
        page.resource_type_id,
        page.summary,
        page.publication_date,
        page.publisher,
        page.doi,
        page.isbn,
        [author.person_id for author in page.authors.all()],
        sorted(topic.pk for topic in page.topics.all()),
        sorted(country.pk for country in page.countries.all()),
        [(f.document_id, f.language, f.label) for f in page.files.all()],
    )


def _fill(page: ResourcePage, row: ProductRow) -> None:
    for name, value in row.values.items():
        setattr(page, name, value)
    page.authors = [ResourceAuthor(person=person, sort_order=i) for i, person in enumerate(row.authors)]
    page.files = [
        ResourceFile(document=document, language=language, label=label, sort_order=i)
        for i, (document, language, label) in enumerate(row.files)
    ]
    page.topics = row.topics
    page.countries = row.countries


def _save(page: ResourcePage, publish: bool) -> None:
    if not page.live:
        page.save()  # a never-published page keeps its draft content in its own row
    revision = page.save_revision()
    if publish:
        revision.publish()


def _apply(rows: list[ProductRow], library: ResourceLibraryPage, publish: bool, summary: Summary) -> None:
    existing = {page.slug: page for page in ResourcePage.objects.child_of(library).specific()}
    for row in rows:
        page = existing.get(row.slug)
        if page is None:
            page = ResourcePage(slug=row.slug, locale_id=library.locale_id, live=False)
            _fill(page, row)
            library.add_child(instance=page)
            _save(page, publish)
            summary.created += 1
        else:
            current = page.get_latest_revision_as_object()
            before = _state(current)
            _fill(current, row)
            if _state(current) == before:
                summary.unchanged += 1
            else:
                _save(current, publish)
                summary.updated += 1
            page = current
        for code, values in row.translations.items():
            _apply_translation(page, code, values, publish, summary)


def _apply_translation(
    source: ResourcePage, code: str, values: dict, publish: bool, summary: Summary
) -> None:
    locale = Locale.objects.get(language_code=code)
    translation = ResourcePage.objects.filter(translation_key=source.translation_key, locale=locale).first()
    if translation is None:
        translation = source.copy_for_translation(locale, copy_parents=True)
        translation.title, translation.summary = values["title"], values["summary"]
        translation.slug = source.slug
        _save(translation, publish)
        summary.created += 1
        return
    current = translation.get_latest_revision_as_object()
    if (current.title, current.summary) == (values["title"], values["summary"]):
        summary.unchanged += 1
        return
    current.title, current.summary = values["title"], values["summary"]
    _save(current, publish)
    summary.updated += 1


def find_library() -> ResourceLibraryPage:
    library = ResourceLibraryPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    if library is None:
        raise ImportFileError("no resource library in the default locale; create one in the admin first")
    return library


def import_products(
    path: str | Path,
    *,
    files_dir: str | Path | None = None,
    publish: bool = False,
    skip_invalid: bool = False,
    source: str | None = None,
) -> Outcome:
    """Read, validate and write a products file in one transaction (see the module docstring).

    Raises ImportFileError (nothing written) or InvalidRows (bad rows without ``skip_invalid``). Whatever
    stops the import, the files it uploaded from ``files_dir`` are deleted again."""
    table = read_table(path, source)
    columns = _header(table)
    uploads = Uploads(Path(files_dir) if files_dir else None)
    try:
        with transaction.atomic():
            library = find_library()
            rows, problems, skipped = _validate(table, columns, uploads)
            if problems and not skip_invalid:
                raise InvalidRows(table.source, problems, skipped)
            summary = Summary(skipped=skipped)
            with bulk_change():  # each product indexed once, not once per save
                _apply(rows, library, publish, summary)
    except BaseException:
        uploads.discard()
        raise
    return Outcome(summary=summary, problems=problems)


def product_rows() -> tuple[list[str], list[list[str]]]:
    """The header and rows of every product of the default language's library, in the import's format."""
    library = find_library()
    languages = _languages()
    header = [*REQUIRED, *OPTIONAL, *(f"{name}:{code}" for code in languages for name in TRANSLATED)]
    rows = []
    products = (
        ResourcePage.objects.child_of(library)
        .specific()
        .select_related("resource_type")
        .prefetch_related("topics", "countries", "authors__person", "files__document")
        .order_by("path")
    )
    for page in products:
        translations = {
            t.locale.language_code: t
            for t in ResourcePage.objects.filter(translation_key=page.translation_key)
            .exclude(pk=page.pk)
            .select_related("locale")
        }
        row = {
            "title": page.title,
            "type": page.resource_type.slug,
            "summary": page.summary,
            "date": page.publication_date.isoformat(),
            "slug": page.slug,
            "publisher": page.publisher,
            "authors": "; ".join(author.person.slug for author in page.authors.all()),
            "topics": "; ".join(sorted(topic.slug for topic in page.topics.all())),
            "countries": "; ".join(sorted(country.code for country in page.countries.all())),
            "doi": page.doi,
            "isbn": page.isbn,
            "files": "; ".join(
                FILE_SEPARATOR.join((Path(f.document.file.name).name, f.language, f.label))
                for f in page.files.all()
            ),
        }
        for code in languages:
            translation = translations.get(code)
            row[f"title:{code}"] = translation.title if translation else ""
            row[f"summary:{code}"] = translation.summary if translation else ""
        rows.append([row[name] for name in header])
    return header, rows


def export_products(path: str | Path) -> int:
    """Write every product to a .csv (UTF-8 with BOM) or .xlsx file; returns how many."""
    import csv

    from openpyxl import Workbook

    header, rows = product_rows()
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        workbook = Workbook()
        workbook.active.append(header)
        for row in rows:
            workbook.active.append(row)
        for sheet_row in workbook.active.iter_rows():
            for cell in sheet_row:
                cell.data_type = "s"  # text, even a title that starts with "="
        workbook.save(path)
    elif path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(header)
            writer.writerows(rows)
    else:
        raise ImportFileError(f"{path}: unsupported file type (use .csv or .xlsx)")
    return len(rows)
