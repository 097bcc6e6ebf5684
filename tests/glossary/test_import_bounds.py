"""Bounded glossary imports (issue 17, point 6): huge spreadsheets get a clear error naming the file, quickly
and in little memory, and a huge cell is never echoed. The bounds themselves: tests/site/test_tabular.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from spreadsheets import tabular
from tests.spreadsheets import huge_header_cell, many_rows, measure_import, write_xlsx

# Refused before any query; the measured import runs in a subprocess on its own SQLite.
pytestmark = pytest.mark.database_free

COLUMNS = ("term", "definition")


def import_glossary(path: Path):
    return measure_import(
        f"from glossary.importing import import_glossary\nimport_glossary({str(path)!r})",
        error="glossary.importing.ImportFileError",
    )


@pytest.mark.slow
def test_a_2_million_row_xlsx_is_refused_quickly_and_in_little_memory_slow(tmp_path):
    path = write_xlsx(tmp_path / "rows.xlsx", many_rows(COLUMNS, 2_000_000))
    # Under the file-size cap, so that the sheet's own bounds refuse it: 2 million rows inside.
    assert path.stat().st_size < tabular.MAX_FILE_BYTES
    measured = import_glossary(path)
    assert "rows.xlsx" in measured.message and "split the file" in measured.message
    assert measured.seconds < 10
    assert measured.peak_bytes < 300 * 1024 * 1024


@pytest.mark.slow
def test_a_1_gib_cell_is_refused_and_never_echoed_slow(tmp_path):
    path = write_xlsx(tmp_path / "cell.xlsx", huge_header_cell(COLUMNS, 1024 * 1024 * 1024))
    measured = import_glossary(path)
    assert "ZZZZ" not in measured.message and len(measured.message) < 500
    assert "cell.xlsx" in measured.message and "split the file" in measured.message
    assert measured.seconds < 10
    assert measured.peak_bytes < 300 * 1024 * 1024
