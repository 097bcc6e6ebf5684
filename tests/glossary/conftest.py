"""Glossary test helpers: terms in one call, translations of a page, spreadsheet files written in tmp_path,
and the import command run with its output captured."""

import csv
import io
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.utils.text import slugify
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import SegmentOverride, StringTranslation, Translation, TranslationSource

from decnet.models import Topic
from glossary.models import GlossaryPage, GlossaryRelatedTerm, GlossaryTermPage
from tests.factories import GlossaryTermPageFactory


@pytest.fixture
def make_term(glossary) -> Callable[..., GlossaryTermPage]:
    """Create a (by default published) term under the glossary, with related terms set at creation."""
    numbers = itertools.count(1)

    def make(
        title: str, *, related: Iterable[GlossaryTermPage] = (), parent: GlossaryPage | None = None, **kwargs
    ) -> GlossaryTermPage:
        # Wagtail cannot derive an ASCII slug from "Δήμος"; give such terms a numbered one.
        kwargs.setdefault("slug", slugify(title) or f"term-{next(numbers)}")
        return GlossaryTermPageFactory(
            parent=parent or glossary,
            title=title,
            related_terms=[
                GlossaryRelatedTerm(related_term=page, sort_order=position)
                for position, page in enumerate(related)
            ],
            **kwargs,
        )

    return make


def translate(page: Page, language: str, title: str, *, live: bool = True, slug: str | None = None, **fields):
    """A Wagtail translation of ``page`` (same translation_key) into ``language``, published unless
    ``live=False``. Missing parents are created as aliases, as Wagtail does."""
    translation = page.specific.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True
    )
    translation.title = title
    translation.slug = slug or slugify(title) or f"{page.slug}-{language}"
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    revision = translation.save_revision()
    if live:
        revision.publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def french_glossary(glossary) -> GlossaryPage:
    """The glossary translated into French and published ("Glossaire" at /fr/glossaire/)."""
    return translate(glossary, "fr", "Glossaire", introduction="Les termes de la décentralisation.")


Rows = Sequence[Sequence[object]]


def write_csv(
    directory: Path, rows: Rows, name: str = "glossary.csv", *, bom: bool = False, delimiter: str = ","
) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    path = directory / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(directory: Path, rows: Rows, name: str = "glossary.xlsx") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    path = directory / name
    workbook.save(path)
    return path


@dataclass
class Run:
    stdout: str
    stderr: str
    error: CommandError | None

    @property
    def err_lines(self) -> list[str]:
        return self.stderr.splitlines()

    @property
    def summary(self) -> str:
        lines = self.stdout.splitlines()
        return lines[-1] if lines else ""


def run_import(path: Path | str, *options: str) -> Run:
    """Call the command as code would; a CommandError (non-zero exit on the command line) is returned."""
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        call_command("import_glossary", str(path), *options, stdout=stdout, stderr=stderr)
    except CommandError as error:
        return Run(stdout.getvalue(), stderr.getvalue(), error)
    return Run(stdout.getvalue(), stderr.getvalue(), None)


def database_state() -> dict[str, object]:
    """Everything the import could write, to assert that a failed import wrote nothing."""
    return {
        "terms": sorted(GlossaryTermPage.objects.values_list("pk", "title", "live", "latest_revision_id")),
        "pages": sorted(Page.objects.values_list("pk", "locale_id", "alias_of_id", "live")),
        "revisions": Revision.objects.count(),
        "topics": sorted(Topic.objects.values_list("pk", "name", "slug")),
        "related": sorted(GlossaryRelatedTerm.objects.values_list("term_id", "related_term_id")),
        "localize": [
            model.objects.count()
            for model in (TranslationSource, Translation, StringTranslation, SegmentOverride)
        ],
    }
