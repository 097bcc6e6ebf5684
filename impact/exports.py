"""CSV and XLSX files of a dashboard table."""

import csv
import io

from openpyxl import Workbook

from impact.tables import Table

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "|", "＝", "＋", "－", "＠")  # = hardening.spreadsheet


def _safe_text(value):
    # A page title such as "=HYPERLINK(…)" must stay text in a spreadsheet, never become a formula.
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(table: Table) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read accented titles correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table.columns)
    writer.writerows([_safe_text(value) for value in row] for row in table.rows)
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(table: Table) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.name[:31]
    sheet.append(table.columns)
    for row in table.rows:
        sheet.append(list(row))
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, even when it starts with "="
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
