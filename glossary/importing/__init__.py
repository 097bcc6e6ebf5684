"""Import glossary terms from a spreadsheet (CSV or XLSX): read rows → header → validate → apply.

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
  ``editorial.translation`` applies whenever a translated page is saved.
* Absent ``abbreviation:fr`` / ``synonyms:fr`` columns leave the field as it is (a new translation starts as
  a copy of its source term); empty cells clear it.
* Each translation is recorded in wagtail-localize (``TranslationSource`` of the source term, ``Translation``,
  translation memory), so editors open it in wagtail-localize's editor and can sync it after the source
  changes; a sync gives back what the import wrote (exceptions in :mod:`glossary.translation_memory`).
* Translations are compared, drafted and published exactly like source terms, and count in the summary like
  them: a new term with a French translation counts "created 2"; re-importing the file reports every term
  and translation unchanged.

The stages, one module each: reading the file (:mod:`spreadsheets.tabular`, shared with the other importers),
:mod:`.header`, what the glossary already holds (:mod:`.existing`), :mod:`.validate`, :mod:`.apply` (source
terms, with :mod:`.writing` for one page) and :mod:`.translations`.
"""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from decnet.bulk import bulk_change
from glossary.importing.apply import apply
from glossary.importing.existing import find_glossary, load_existing
from glossary.importing.header import parse_header
from glossary.importing.validate import validate
from spreadsheets.imports import Outcome, Summary
from spreadsheets.tabular import ImportFileError, InvalidRows, Problem, read_table

__all__ = [
    "ImportFileError",
    "InvalidRows",
    "Outcome",
    "Problem",
    "Summary",
    "find_glossary",
    "import_glossary",
]


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
        with bulk_change():  # each term indexed once, not once per save
            summary = apply(plan, glossary, existing, publish=publish)
    return Outcome(summary=summary, problems=plan.problems)
