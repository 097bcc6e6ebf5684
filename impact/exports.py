"""CSV and XLSX files of dashboard tables: one table (the dashboard export links) or several (the report)."""

import csv
import io

from impact.tables import Table

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "|", "＝", "＋", "－", "＠")  # = hardening.spreadsheet


def _safe_text(value):
    # A page title such as "=HYPERLINK(…)" must stay text in a spreadsheet, never become a formula.
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _write_table(writer, table: Table) -> None:
    writer.writerow([_safe_text(value) for value in table.columns])
    writer.writerows([_safe_text(value) for value in row] for row in table.rows)


def to_csv(table: Table) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read accented titles correctly."""
    buffer = io.StringIO()
    _write_table(csv.writer(buffer), table)
    return buffer.getvalue().encode("utf-8-sig")


def tables_to_csv(tables: list[Table]) -> bytes:
    """Several tables in one CSV: each is its title on a line, its header and rows, then an empty line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for index, table in enumerate(tables):
        if index:
            writer.writerow([])
        writer.writerow([_safe_text(table.title)])
        _write_table(writer, table)
    return buffer.getvalue().encode("utf-8-sig")


def _fill_sheet(sheet, table: Table) -> None:
    sheet.title = table.name[:31]
    sheet.append(table.columns)
    for row in table.rows:
        sheet.append(list(row))
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, even when it starts with "="


def to_xlsx(table: Table) -> bytes:
    return tables_to_xlsx([table])


def tables_to_xlsx(tables: list[Table]) -> bytes:
    """One worksheet per table, named after the table (the dashboard's export names)."""
    # Imported here, as resources.importing does: openpyxl took 0.12 s of every site process's start
    # (servers, commands), which mostly never write a spreadsheet.
    from openpyxl import Workbook

    workbook = Workbook()
    for index, table in enumerate(tables):
        _fill_sheet(workbook.active if index == 0 else workbook.create_sheet(), table)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
