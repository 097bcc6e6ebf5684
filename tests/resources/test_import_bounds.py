"""Bounded product imports (issue 17, point 6), as for the glossary: a huge spreadsheet is refused with an
error naming the file (and the line and column where one is to blame), quickly, in little memory, and a huge
cell is never echoed."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from resources.models import ResourcePage
from spreadsheets import tabular
from tests.spreadsheets import cell, header_row, huge_header_cell, many_rows, measure_import, write_xlsx

COLUMNS = ("title", "type", "summary", "date")


def import_products(path: Path):
    return measure_import(
        f"from resources.importing import import_products\nimport_products({str(path)!r})",
        error="resources.importing.ImportFileError",
    )


@pytest.mark.slow
@pytest.mark.database_free  # refused before any query; the import runs in a subprocess on its own SQLite
def test_a_2_million_row_xlsx_is_refused_quickly_and_in_little_memory_slow(tmp_path):
    path = write_xlsx(tmp_path / "products.xlsx", many_rows(COLUMNS, 2_000_000))
    # Under the file-size cap, so that the sheet's own bounds refuse it: 2 million rows inside.
    assert path.stat().st_size < tabular.MAX_FILE_BYTES
    measured = import_products(path)
    assert "products.xlsx" in measured.message and "split the file" in measured.message
    assert measured.seconds < 10
    assert measured.peak_bytes < 300 * 1024 * 1024


@pytest.mark.slow
@pytest.mark.database_free
def test_a_1_gib_cell_is_refused_and_never_echoed_slow(tmp_path):
    path = write_xlsx(tmp_path / "cell.xlsx", huge_header_cell(COLUMNS, 1024 * 1024 * 1024))
    measured = import_products(path)
    assert "ZZZZ" not in measured.message and len(measured.message) < 500
    assert "cell.xlsx" in measured.message and "split the file" in measured.message
    assert measured.seconds < 10
    assert measured.peak_bytes < 300 * 1024 * 1024


@pytest.mark.django_db
def test_the_command_names_file_line_and_column_of_a_long_cell_without_its_text(tmp_path):
    row = '<row r="2">' + "".join(
        cell(f"{column}2", value)
        for column, value in zip("ABCD", ["A title", "report", "Q" * 25_000, "2025-01-01"], strict=True)
    )
    path = write_xlsx(tmp_path / "long.xlsx", [header_row(COLUMNS), row + "</row>"])
    with pytest.raises(CommandError) as refused:
        call_command("import_products", str(path))
    assert f"{path}:2: the cell in column 3 has 25,000 characters" in str(refused.value)
    assert "QQQ" not in str(refused.value)
    assert not ResourcePage.objects.exists()


@pytest.mark.django_db
def test_the_command_refuses_rows_past_the_cap_naming_the_line(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_ROWS", 50)
    path = write_xlsx(tmp_path / "rows.xlsx", many_rows(COLUMNS, 60))
    with pytest.raises(CommandError, match=r"rows\.xlsx:52: more than 50 rows"):
        call_command("import_products", str(path))
    assert not ResourcePage.objects.exists()


@pytest.mark.django_db
def test_the_command_refuses_a_file_past_the_size_cap_before_reading_it(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 1024)
    path = tmp_path / "big.csv"
    path.write_text("title,type,summary,date\n" + "x,report,y,2025-01-01\n" * 100, encoding="utf-8")
    message = r"big\.csv: the file has 2,\d{3} bytes \(at most 1,024\); split the file"
    with pytest.raises(CommandError, match=message):
        call_command("import_products", str(path))
