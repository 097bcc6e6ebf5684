"""Reading a spreadsheet an editor uploads (CSV or the first sheet of an XLSX file) into numbered rows, within
bounds, and the errors every importer reports with: ``FILE:LINE: column: message``.

Shared by the content apps' importers (glossary terms, knowledge products) so that each reads files, reports
problems and refuses oversized input the same way, and none borrows another's internals.

Bounds (issue 17): a file past them is refused with a one-line error naming the file and the line, before it
can take the memory of a small host: at most MAX_FILE_BYTES on disk, MAX_ROWS rows, MAX_CELL_CHARS characters
a cell (a cell's text is never echoed), and an XLSX sheet at most MAX_XLSX_SHEET_BYTES once unpacked. XLSX is
read in streaming (read-only) mode.
"""

from __future__ import annotations

import csv
import datetime
import io
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

LIST_SEPARATOR = ";"
UTF8_BOM = b"\xef\xbb\xbf"
CSV_DELIMITERS = (",", ";", "\t")
MAX_FILE_BYTES = 32 * 1024 * 1024  # the admin's upload form allows 10 MB
MAX_ROWS = 20_000
MAX_CELL_CHARS = 20_000
MAX_XLSX_SHEET_BYTES = 64 * 1024 * 1024  # the first sheet's XML, uncompressed


# -- errors -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One error in the file, printed as ``FILE:LINE: column: message``."""

    source: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.column}: {self.message}"


class ImportFileError(Exception):
    """The file cannot be imported at all (unreadable, wrong format, too large, bad header, nowhere to import
    into…). ``problems`` lists header problems to print before the one-line message."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class InvalidRows(Exception):
    """Some rows are invalid and ``skip_invalid`` was not given: nothing was written."""

    def __init__(self, source: str, problems: Sequence[Problem], invalid_lines: int) -> None:
        super().__init__(
            f"{source}: {invalid_lines} invalid row{'s' if invalid_lines != 1 else ''}; nothing was imported"
        )
        self.problems = list(problems)


# -- the table ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    line: int  # 1-based line of the file where the row starts (the row number in a spreadsheet)
    cells: tuple[str, ...]

    def cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""


@dataclass(frozen=True)
class SourceTable:
    source: str  # the file name used in messages
    header_line: int
    header: tuple[str, ...]
    rows: tuple[SourceRow, ...]


def one_line(text: object) -> str:
    """A message on one line (library errors may span several)."""
    return " ".join(str(text).split())


def text_key(text: str) -> str:
    """How names are compared: case-insensitive, ignoring surrounding and repeated whitespace."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def split_list(value: str) -> list[str]:
    """Items of a ";"-separated cell, stripped, blanks and (case-insensitive) repeats removed."""
    items: list[str] = []
    seen: set[str] = set()
    for item in value.split(LIST_SEPARATOR):
        item = " ".join(item.split())
        if item and text_key(item) not in seen:
            seen.add(text_key(item))
            items.append(item)
    return items


def _is_blank(cells: Iterable[str]) -> bool:
    return all(not cell.strip() for cell in cells)


def _table_from_rows(source: str, numbered_rows: Iterable[tuple[int, list[str]]]) -> SourceTable:
    """The first non-blank row is the header; blank rows are ignored. Refuses more than MAX_ROWS rows and
    cells longer than MAX_CELL_CHARS, naming the line (and never echoing the cell)."""
    header: tuple[str, ...] | None = None
    header_line = 0
    rows: list[SourceRow] = []
    for line, cells in numbered_rows:
        if line > MAX_ROWS + 1:
            raise ImportFileError(
                f"{source}:{line}: more than {MAX_ROWS:,} rows; split the file into smaller ones"
            )
        for column, cell in enumerate(cells, start=1):
            if len(cell) > MAX_CELL_CHARS:
                raise ImportFileError(
                    f"{source}:{line}: the cell in column {column} has {len(cell):,} characters "
                    f"(at most {MAX_CELL_CHARS:,})"
                )
        if _is_blank(cells):
            continue
        if header is None:
            header, header_line = tuple(cells), line
        else:
            rows.append(SourceRow(line=line, cells=tuple(cells)))
    if header is None:
        raise ImportFileError(f"{source}: the file is empty")
    return SourceTable(source=source, header_line=header_line, header=header, rows=tuple(rows))


# -- CSV --------------------------------------------------------------------------------------------------


def decode_utf8(data: bytes, source: str) -> str:
    """The file's text; a UTF-8 byte-order mark is allowed. Anything else that is not UTF-8 is an error
    naming the first bad byte, its offset in the file and its line, so the user can find it."""
    offset = 0
    if data.startswith(UTF8_BOM):
        data, offset = data[len(UTF8_BOM) :], len(UTF8_BOM)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        line = data.count(b"\n", 0, error.start) + 1
        hint = ""
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            hint = "; the file looks like UTF-16, save it as CSV UTF-8"
        where = f"byte 0x{byte:02x} at position {error.start + offset}, line {line}"
        raise ImportFileError(f"{source}: not valid UTF-8 ({where}){hint}") from None


def _csv_delimiter(text: str) -> str:
    """Comma, or the semicolon or tab that spreadsheet programs use in some locales (judged on the header)."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    for delimiter in CSV_DELIMITERS:
        if delimiter in first_line:
            return delimiter
    return ","


def read_csv(data: bytes, source: str) -> SourceTable:
    """Rows of a UTF-8 CSV file, each with the line it starts on (quoted cells may span lines)."""
    text = decode_utf8(data, source)
    if not text.strip():
        raise ImportFileError(f"{source}: the file is empty")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_csv_delimiter(text))

    def numbered() -> Iterable[tuple[int, list[str]]]:
        previous_end = 0
        try:
            for cells in reader:
                yield previous_end + 1, cells
                previous_end = reader.line_num
        except csv.Error as error:
            raise ImportFileError(
                f"{source}: not a valid CSV file (line {reader.line_num}: {one_line(error)})"
            ) from None

    return _table_from_rows(source, numbered())


# -- XLSX -------------------------------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0):
        return value.date().isoformat()  # spreadsheets store dates as midnight date-times
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _xlsx_sheet_too_large(data: bytes) -> bool:
    """True when a worksheet's XML, as the ZIP directory declares it, is past MAX_XLSX_SHEET_BYTES: refused
    before any XML is parsed (a few hundred KB of XLSX can hold millions of rows or a 1 GiB cell)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(
                info.filename.startswith("xl/worksheets/") and info.file_size > MAX_XLSX_SHEET_BYTES
                for info in archive.infolist()
            )
    except (zipfile.BadZipFile, OSError, ValueError):
        return False  # openpyxl reports what is wrong with the file


def read_xlsx(data: bytes, source: str) -> SourceTable:
    """Rows of the workbook's first sheet with their row numbers (formulas give their cached values), read
    in streaming (read-only) mode within the row and cell bounds."""
    import openpyxl

    if _xlsx_sheet_too_large(data):
        raise ImportFileError(
            f"{source}: the worksheet is larger than {MAX_XLSX_SHEET_BYTES // (1024 * 1024)} MB once "
            f"unpacked (at most {MAX_ROWS:,} rows of {MAX_CELL_CHARS:,} characters a cell); split the file"
        )
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types (zip, XML, key errors) on damaged files
        detail = one_line(error)[:200] or type(error).__name__
        raise ImportFileError(f"{source}: not a valid XLSX workbook ({detail})") from None

    def numbered() -> Iterable[tuple[int, list[str]]]:
        number = 0
        try:
            for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
                yield number, [_cell_text(value) for value in values]
        except ImportFileError:
            raise
        except Exception as error:  # damaged XML, a sheet past the format's limits …
            detail = one_line(error)[:200] or type(error).__name__
            raise ImportFileError(f"{source}:{number + 1}: cannot be read ({detail})") from None

    try:
        if not workbook.worksheets:
            raise ImportFileError(f"{source}: the workbook has no worksheet")
        sheet = workbook.worksheets[0]
        return _table_from_rows(source, numbered())
    finally:
        workbook.close()


# -- any file ---------------------------------------------------------------------------------------------

READERS: dict[str, Callable[[bytes, str], SourceTable]] = {".csv": read_csv, ".xlsx": read_xlsx}


def _read_bytes(path: Path, source: str) -> bytes:
    """The file's bytes, refused before reading when it is past MAX_FILE_BYTES."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IsADirectoryError
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                f"{source}: the file has {size:,} bytes (at most {MAX_FILE_BYTES:,}); split the file"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise ImportFileError(f"{source}: is a directory, not a file") from None
    except PermissionError:
        raise ImportFileError(f"{source}: permission denied") from None
    except OSError as error:
        raise ImportFileError(f"{source}: cannot be read ({one_line(error.strerror or error)})") from None


def read_table(path: str | Path, source: str | None = None) -> SourceTable:
    """Read a CSV or XLSX file (chosen by extension) into a header and numbered rows.

    Raises ImportFileError with a one-line message for every file-level problem.
    """
    path = Path(path)
    source = source if source is not None else str(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kind = f'"{path.suffix}"' if path.suffix else "without an extension"
        raise ImportFileError(f"{source}: unsupported file type {kind} (use .csv or .xlsx)")
    return reader(_read_bytes(path, source), source)
