"""The hand-written workbooks of the import-bounds tests (tests/spreadsheets.py) read back as spreadsheets."""

from __future__ import annotations

import openpyxl
import pytest

from tests.spreadsheets import many_rows, write_xlsx


@pytest.mark.database_free
def test_many_rows_gives_numbered_rows_across_batches(tmp_path):
    path = write_xlsx(tmp_path / "rows.xlsx", many_rows(["term", "definition"], 10_001))
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows())
    assert len(rows) == 10_002  # the header and 10,001 rows: two batches
    assert [cell.value for cell in rows[0]] == ["term", "definition"]
    assert {cell.value for row in rows[1:] for cell in row} == {"x"}
    assert [cell.coordinate for cell in rows[-1]] == ["A10002", "B10002"]
