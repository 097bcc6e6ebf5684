"""Bounded imports (issue 17, point 6): huge spreadsheets get a clear error naming the line, quickly and in
little memory, and a huge cell is never echoed.

The workbooks are written by hand (the XLSX XML streamed into a ZIP), so a 2-million-row sheet or a 1 GiB
cell never sits in this process's memory. The import runs in a child process whose peak memory comes from
``os.wait4``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from glossary import importing

ROOT = Path(__file__).resolve().parents[2]

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


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def write_xlsx(path: Path, sheet_chunks) -> Path:
    """A minimal workbook whose first sheet's XML is streamed from ``sheet_chunks`` (strings)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
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


def header_row() -> str:
    return '<row r="1">' + _cell("A1", "term") + _cell("B1", "definition") + "</row>"


def many_rows(count: int):
    yield header_row()
    batch = []
    for number in range(2, count + 2):
        batch.append(f'<row r="{number}">{_cell(f"A{number}", "t")}{_cell(f"B{number}", "d")}</row>')
        if len(batch) == 10_000:
            yield "".join(batch)
            batch = []
    yield "".join(batch)


def huge_header_cell(size: int):
    yield '<row r="1">' + _cell("A1", "term") + _cell("B1", "definition") + '<c r="C1" t="inlineStr"><is><t>'
    piece = "Z" * (1024 * 1024)
    for _ in range(size // len(piece)):
        yield piece
    yield "</t></is></c></row>"


def run_reader(path: Path) -> tuple[str, float]:
    """read_table in a child process: (its message, seconds spent reading)."""
    script = (
        "import time, django; django.setup()\n"
        "from glossary import importing\n"
        "started = time.monotonic()\n"
        "try:\n"
        f"    importing.read_table({str(path)!r})\n"
        "    message = 'read'\n"
        "except importing.ImportFileError as error:\n"
        "    message = str(error)\n"
        "print(f'{time.monotonic() - started:.3f}'); print(message[:5000])\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "decnet.settings.test",
        "DATABASE_URL": "sqlite:///:memory:",
    }
    child = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    out, err = child.communicate()
    assert child.returncode == 0, err.decode()[-2000:]
    seconds, message = out.decode().split("\n", 1)
    return message.strip(), float(seconds)


def peak_rss_of(command_path: Path) -> int:
    """Peak RSS (bytes) of a child that runs read_table: its own VmHWM, which starts afresh at exec (wait4's
    ru_maxrss keeps the forking parent's peak, e.g. a large xdist worker)."""
    script = (
        "import django; django.setup()\nfrom glossary import importing\n"
        f"try:\n    importing.read_table({str(command_path)!r})\n"
        "except importing.ImportFileError:\n    pass\n"
        "print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "decnet.settings.test",
        "DATABASE_URL": "sqlite:///:memory:",
    }
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1]) * 1024


@pytest.fixture(scope="module")
def two_million_rows(tmp_path_factory) -> Path:
    return write_xlsx(tmp_path_factory.mktemp("xlsx") / "rows.xlsx", many_rows(2_000_000))


@pytest.mark.slow
def test_a_2_million_row_xlsx_is_refused_quickly_and_in_little_memory_slow(two_million_rows):
    assert two_million_rows.stat().st_size < 20 * 1024 * 1024  # small on disk, 2 million rows inside
    message, seconds = run_reader(two_million_rows)
    assert "rows.xlsx" in message and "split the file" in message
    assert seconds < 10
    assert peak_rss_of(two_million_rows) < 300 * 1024 * 1024


@pytest.mark.slow
def test_a_1_gib_cell_is_refused_and_never_echoed_slow(tmp_path):
    path = write_xlsx(tmp_path / "cell.xlsx", huge_header_cell(1024 * 1024 * 1024))
    message, seconds = run_reader(path)
    assert "ZZZZ" not in message and len(message) < 500
    assert "split the file" in message
    assert seconds < 10
    assert peak_rss_of(path) < 300 * 1024 * 1024


def test_rows_past_the_cap_are_refused_naming_the_line(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "MAX_ROWS", 50)
    path = write_xlsx(tmp_path / "rows.xlsx", many_rows(60))
    with pytest.raises(importing.ImportFileError, match=r"rows\.xlsx:52: more than 50 rows"):
        importing.read_table(path)


def test_a_long_cell_is_refused_naming_line_and_column_without_its_text(tmp_path):
    rows = [header_row(), '<row r="2">' + _cell("A2", "term") + _cell("B2", "Q" * 25_000) + "</row>"]
    path = write_xlsx(tmp_path / "long.xlsx", rows)
    with pytest.raises(importing.ImportFileError) as refused:
        importing.read_table(path)
    assert "long.xlsx:2: the cell in column 2 has 25,000 characters" in str(refused.value)
    assert "QQQ" not in str(refused.value)
    csv_path = tmp_path / "long.csv"
    csv_path.write_text("term,definition\nx," + "Q" * 25_000 + "\n", encoding="utf-8")
    with pytest.raises(importing.ImportFileError, match=r"long\.csv:2: the cell in column 2"):
        importing.read_table(csv_path)


def test_a_normal_workbook_still_reads(tmp_path):
    started = time.monotonic()
    table = importing.read_table(write_xlsx(tmp_path / "ok.xlsx", many_rows(100)))
    assert table.header == ("term", "definition") and len(table.rows) == 100
    assert time.monotonic() - started < 30
