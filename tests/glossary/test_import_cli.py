"""The command as users run it: ``python manage.py import_glossary FILE`` prints one line, exits 1.

These file-level errors are found before the database is used, so the subprocess points DATABASE_URL at
an empty SQLite file and needs no migrations (a full import through a subprocess would need a migrated
file database, about a minute: the import itself is covered through call_command).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

# The command runs in a subprocess on an empty SQLite file, whatever the stage.
pytestmark = pytest.mark.database_free

MANAGE_PY = Path(__file__).resolve().parents[2] / "manage.py"


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "decnet.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, str(MANAGE_PY), "import_glossary", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "glossary.csv",
            "term,definition\nD\xe9centralisation,Transfert\n".encode("latin-1"),
            "import_glossary: glossary.csv: not valid UTF-8 (byte 0xe9 at position 17, line 2)",
        ),
        (
            "glossary.csv",
            b"term,abbreviation\nA,B\n",
            'import_glossary: glossary.csv: missing required column "definition"',
        ),
        (
            "glossary.json",
            b"{}",
            'import_glossary: glossary.json: unsupported file type ".json" (use .csv or .xlsx)',
        ),
        (
            "glossary.xlsx",
            b"PK\x03\x04 broken",
            "import_glossary: glossary.xlsx: not a valid XLSX workbook (",
        ),
    ],
    ids=["latin-1", "missing-column", "extension", "corrupt-xlsx"],
)
def test_file_errors_are_one_line_without_traceback(tmp_path, name, content, expected):
    (tmp_path / name).write_bytes(content)
    result = _run(tmp_path, name)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(expected)


def test_missing_file(tmp_path):
    result = _run(tmp_path, "nope.csv")
    assert (result.returncode, result.stderr) == (1, "import_glossary: nope.csv: no such file\n")


def test_unknown_column_lists_the_column_then_fails(tmp_path):
    (tmp_path / "glossary.csv").write_text("term,definition,Colour\nA,B,red\n", encoding="utf-8")
    result = _run(tmp_path, "glossary.csv", "--skip-invalid")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "glossary.csv:1: Colour: unknown column",
        "import_glossary: glossary.csv: unknown or unnamed columns in the header; nothing was imported",
    ]


def test_unknown_language_in_a_column_name(tmp_path):
    """Checked from the settings, before the database is used (the subprocess has no migrated database)."""
    (tmp_path / "glossary.csv").write_text("term,definition,term:xx\nA,B,C\n", encoding="utf-8")
    result = _run(tmp_path, "glossary.csv")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        'glossary.csv:1: term:xx: unknown language "xx"',
        "import_glossary: glossary.csv: unknown or unnamed columns in the header; nothing was imported",
    ]
