"""Spreadsheets for the import-bounds tests, and a child process that measures an import of one.

The workbooks are written by hand (the XLSX XML streamed into a ZIP), so a 2-million-row sheet or a 1 GiB
cell never sits in the test process's memory. The import runs in a child process that reports its own time
and peak memory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CONTENT_TYPES = "".join(
    [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
        '<Override PartName="/xl/workbook.xml" ',
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
        '<Override PartName="/xl/worksheets/sheet1.xml" ',
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
        "</Types>",
    ]
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
    'name="Terms" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
_SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    '2006/main"><sheetData>'
)
_SHEET_END = "</sheetData></worksheet>"


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def write_xlsx(path: Path, sheet_chunks: Iterable[str]) -> Path:
    """A minimal workbook whose first sheet's XML is streamed from ``sheet_chunks`` (strings). The fastest
    deflate level: a 2-million-row sheet is written in half the time of level 9, still 30 MB on disk."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_START.encode())
            for chunk in sheet_chunks:
                sheet.write(chunk.encode())
            sheet.write(_SHEET_END.encode())
    return path


def _column(index: int) -> str:
    return chr(ord("A") + index)  # enough for the few columns these tests write


def header_row(names: Sequence[str]) -> str:
    return '<row r="1">' + "".join(cell(f"{_column(i)}1", name) for i, name in enumerate(names)) + "</row>"


def many_rows(names: Sequence[str], count: int) -> Iterator[str]:
    """The header, then ``count`` rows with a short value in each column, in batches of 10,000. One row's
    markup is built once, with its number left as ``{0}``: the 2-million-row sheets take half the time."""
    yield header_row(names)
    row = '<row r="{0}">' + "".join(cell(f"{_column(i)}{{0}}", "x") for i in range(len(names))) + "</row>"
    for first in range(2, count + 2, 10_000):
        yield "".join(map(row.format, range(first, min(first + 10_000, count + 2))))


def huge_header_cell(names: Sequence[str], size: int) -> Iterator[str]:
    """A header whose extra last column's name is ``size`` bytes of "Z"."""
    cells = "".join(cell(f"{_column(i)}1", name) for i, name in enumerate(names))
    yield f'<row r="1">{cells}<c r="{_column(len(names))}1" t="inlineStr"><is><t>'
    piece = "Z" * (1024 * 1024)
    for _ in range(size // len(piece)):
        yield piece
    yield "</t></is></c></row>"


@dataclass(frozen=True)
class Measured:
    message: str  # the error's message ("imported" when there was none), at most 5,000 characters
    seconds: float
    peak_bytes: int


def measure_import(statement: str, error: str) -> Measured:
    """Run ``statement`` (an import, with its own `import` lines) in a child process after django.setup(),
    catching ``error`` (a dotted name): its message, the seconds it took and the child's peak RSS (its own
    VmHWM, which starts afresh at exec; wait4's ru_maxrss keeps the forking parent's peak, e.g. a large
    xdist worker). The child has no migrated database: the bounds must refuse a file before any query."""
    module, _dot, name = error.rpartition(".")
    script = "\n".join(
        [
            "import time, django; django.setup()",
            f"from {module} import {name}",
            "started = time.monotonic()",
            "try:",
            *(f"    {line}" for line in statement.splitlines()),
            "    message = 'imported'",
            f"except {name} as error:",
            "    message = str(error)",
            "seconds = time.monotonic() - started",
            "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]",
            "print(f'{seconds:.3f}'); print(peak); print(message[:5000])",
        ]
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "decnet.settings.test",
        "DATABASE_URL": "sqlite:///:memory:",
    }
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    seconds, peak, message = done.stdout.split("\n", 2)
    return Measured(message=message.strip(), seconds=float(seconds), peak_bytes=int(peak) * 1024)
