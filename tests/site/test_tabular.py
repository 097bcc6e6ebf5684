"""The bounds of spreadsheets.tabular, shared by every import: rows, cell length and file size are capped with
an error naming the file and the line (and column), never echoing the cell; a normal workbook still reads."""

from __future__ import annotations

import time

import pytest

from spreadsheets import tabular
from tests.spreadsheets import cell, header_row, many_rows, write_xlsx

COLUMNS = ("term", "definition")


def test_rows_past_the_cap_are_refused_naming_the_line(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_ROWS", 50)
    path = write_xlsx(tmp_path / "rows.xlsx", many_rows(COLUMNS, 60))
    with pytest.raises(tabular.ImportFileError, match=r"rows\.xlsx:52: more than 50 rows"):
        tabular.read_table(path)


def test_a_long_cell_is_refused_naming_line_and_column_without_its_text(tmp_path):
    rows = [header_row(COLUMNS), '<row r="2">' + cell("A2", "term") + cell("B2", "Q" * 25_000) + "</row>"]
    path = write_xlsx(tmp_path / "long.xlsx", rows)
    with pytest.raises(tabular.ImportFileError) as refused:
        tabular.read_table(path)
    assert "long.xlsx:2: the cell in column 2 has 25,000 characters" in str(refused.value)
    assert "QQQ" not in str(refused.value)
    csv_path = tmp_path / "long.csv"
    csv_path.write_text("term,definition\nx," + "Q" * 25_000 + "\n", encoding="utf-8")
    with pytest.raises(tabular.ImportFileError, match=r"long\.csv:2: the cell in column 2"):
        tabular.read_table(csv_path)


def test_a_file_past_the_size_cap_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.csv"
    path.write_text("term,definition\n" + "t,d\n" * 40, encoding="utf-8")
    with pytest.raises(tabular.ImportFileError, match=r"big\.csv: the file has 176 bytes \(at most 100\)"):
        tabular.read_table(path)
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 176)
    assert len(tabular.read_table(path).rows) == 40


def test_a_normal_workbook_still_reads(tmp_path):
    started = time.monotonic()
    table = tabular.read_table(write_xlsx(tmp_path / "ok.xlsx", many_rows(COLUMNS, 100)))
    assert table.header == COLUMNS and len(table.rows) == 100
    assert time.monotonic() - started < 30
