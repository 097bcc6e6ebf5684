"""Spreadsheet safety for every CSV the admin offers: a cell that a spreadsheet would run as a formula is
written as text (a leading apostrophe), Wagtail's own report exports ("Site history", "Aging pages", …)
included."""

from __future__ import annotations

# ASCII formula starts, tab and carriage return, the pipe (DDE in older spreadsheets) and the full-width forms
# that some spreadsheets also accept.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "|", "＝", "＋", "－", "＠")


def safe_cell(value: object) -> object:
    """The value, with an apostrophe in front when it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def protect_wagtail_exports() -> None:
    """Make Wagtail's SpreadsheetExportMixin escape CSV cells (its XLSX cells are already typed as text).

    Wagtail writes each CSV row in ``write_csv_row``; every admin report and listing export goes through it,
    so wrapping that one method covers them all. Called once from ``HardeningConfig.ready``.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin.write_csv_row, "escapes_formulas", False):
        return

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    write_csv_row.escapes_formulas = True
    SpreadsheetExportMixin.write_csv_row = write_csv_row
