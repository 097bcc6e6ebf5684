"""Reading spreadsheets (spreadsheets.tabular) and a glossary header (glossary.importing); no database."""

import datetime

import openpyxl
import pytest

from glossary.importing.existing import term_key
from glossary.importing.header import parse_header
from spreadsheets.tabular import ImportFileError, SourceRow, SourceTable, decode_utf8, read_table, split_list
from tests.glossary.conftest import write_csv, write_xlsx


def test_csv_rows_carry_the_line_they_start_on(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text(
        'term,definition\nA,"first line\nsecond line"\n\nB,plain\r\nC,"x"\n', encoding="utf-8", newline=""
    )
    table = read_table(path)
    assert table.header == ("term", "definition")
    assert table.header_line == 1
    assert [(row.line, row.cells[0]) for row in table.rows] == [(2, "A"), (5, "B"), (6, "C")]
    assert table.rows[0].cells[1] == "first line\nsecond line"


def test_csv_with_bom_and_semicolons(tmp_path):
    path = write_csv(
        tmp_path, [["Term", "Definition"], ["Économie", "Texte; avec point-virgule"]], bom=True, delimiter=";"
    )
    table = read_table(path)
    assert table.header == ("Term", "Definition")
    assert table.rows[0].cells == ("Économie", "Texte; avec point-virgule")


def test_xlsx_rows_are_numbered_like_the_sheet(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"], sheet["B1"], sheet["C1"] = "term", "definition", "abbreviation"
    sheet["A2"], sheet["B2"], sheet["C2"] = "Alpha", "First", 2030.0
    sheet["A4"], sheet["B4"], sheet["C4"] = "Gamma", datetime.date(2024, 5, 1), None
    workbook.create_sheet("Ignored")["A1"] = "not read"
    path = tmp_path / "g.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.header == ("term", "definition", "abbreviation")
    assert [(row.line, row.cells) for row in table.rows] == [
        (2, ("Alpha", "First", "2030")),
        (4, ("Gamma", "2024-05-01", "")),
    ]


def test_first_sheet_is_read_even_if_another_is_active(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["term", "definition"])
    other = workbook.create_sheet("Other")
    other.append(["wrong", "sheet"])
    workbook.active = 1
    path = tmp_path / "g.xlsx"
    workbook.save(path)
    assert read_table(path).header == ("term", "definition")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("g.txt", b"term,definition\n", 'g.txt: unsupported file type ".txt" (use .csv or .xlsx)'),
        ("g", b"term,definition\n", "g: unsupported file type without an extension (use .csv or .xlsx)"),
        ("g.csv", b"", "g.csv: the file is empty"),
        ("g.csv", b"\xef\xbb\xbf\n\n  \n", "g.csv: the file is empty"),
        ("g.csv", b",,\n,,\n", "g.csv: the file is empty"),
        (
            "g.csv",
            "term,definition\nD\xe9centralisation,x\n".encode("latin-1"),
            "g.csv: not valid UTF-8 (byte 0xe9 at position 17, line 2)",
        ),
        ("g.xlsx", b"term,definition\n", "g.xlsx: not a valid XLSX workbook (File is not a zip file)"),
    ],
)
def test_file_level_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as error:
        read_table(path, source=name)
    assert str(error.value) == message


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ImportFileError, match=r"^nope\.csv: no such file$"):
        read_table(tmp_path / "nope.csv", source="nope.csv")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(ImportFileError, match=r"^dir\.csv: is a directory, not a file$"):
        read_table(tmp_path / "dir.csv", source="dir.csv")


def test_utf8_error_positions_count_the_bom():
    with pytest.raises(ImportFileError, match=r"byte 0xe9 at position 5, line 1\)$"):
        decode_utf8(b"\xef\xbb\xbfab\xe9", "f.csv")
    with pytest.raises(ImportFileError, match="looks like UTF-16"):
        decode_utf8("term".encode("utf-16"), "f.csv")


def test_xlsx_that_is_a_renamed_zip_of_something_else(tmp_path):
    import zipfile

    path = tmp_path / "g.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(ImportFileError, match=r"^g\.xlsx: not a valid XLSX workbook \(.+\)$"):
        read_table(path, source="g.xlsx")


def _table(header, *rows):
    return SourceTable(
        "f.csv", 1, tuple(header), tuple(SourceRow(n + 2, tuple(r)) for n, r in enumerate(rows))
    )


def test_header_names_are_case_insensitive_and_stripped():
    header = parse_header(_table([" Term ", "DEFINITION", "Synonyms", "related", "Topics", "abbreviation"]))
    assert header.problems == () and header.missing == ()
    assert [(column.field, column.index) for column in header.columns] == [
        ("term", 0),
        ("definition", 1),
        ("synonyms", 2),
        ("related", 3),
        ("topics", 4),
        ("abbreviation", 5),
    ]
    assert header.get("term").label == "term"


def test_unknown_duplicate_and_unnamed_columns():
    header = parse_header(
        _table(
            ["term", "definition", "Colour", "colour:fr", "TERM", "", ""], ["a", "b", "c", "d", "e", "", "x"]
        )
    )
    assert [str(problem) for problem in header.problems] == [
        "f.csv:1: Colour: unknown column",
        "f.csv:1: colour:fr: unknown column",
        "f.csv:1: TERM: duplicate column (also column 1)",
        "f.csv:1: column 7: values under a column without a name",
    ]


def test_per_language_columns_for_every_configured_language():
    header = parse_header(
        _table(
            [
                "term",
                "definition",
                "Term:AR",
                "definition:ar",
                "term:fr",
                "Synonyms:FR",
                "abbreviation:fr",
                "term:es",
            ]
        )
    )
    assert header.problems == () and header.missing == ()
    assert header.languages == ("fr", "es", "ar")  # settings.LANGUAGES order, not the file's
    assert header.get("synonyms", "fr").index == 5
    assert header.get("term", "ar").label == "term:ar"
    assert header.get("definition", "fr") is None


def test_language_columns_that_are_not_allowed():
    header = parse_header(
        _table(
            ["term", "definition", "term:xx", "term:en", "related:fr", "term:fr", "TERM:FR", "synonyms:pt"]
        ),
        languages=("fr", "es", "pt", "ar"),
    )
    assert [str(problem) for problem in header.problems] == [
        'f.csv:1: term:xx: unknown language "xx"',
        'f.csv:1: term:en: "en" is the source language: use the column "term"',
        "f.csv:1: related:fr: not a per-language column: translations take the related terms and topics of "
        "their source term (in their own language where translated)",
        "f.csv:1: TERM:FR: duplicate column (also column 6)",
        'f.csv:1: synonyms:pt: no "term:pt" column: a translation needs its term',
    ]
    # Only the languages given count: a site configured without Portuguese would refuse "term:pt".
    assert [problem.message for problem in parse_header(_table(["term:pt"]), languages=("fr",)).problems] == [
        'unknown language "pt"'
    ]


def test_empty_unnamed_columns_and_short_rows_are_fine():
    header = parse_header(_table(["term", "definition", ""], ["a"], ["b", "c", "", ""]))
    assert header.problems == ()


def test_missing_required_columns():
    assert parse_header(_table(["term", "abbreviation"])).missing == ("definition",)
    assert parse_header(_table(["synonyms"])).missing == ("term", "definition")


def test_split_list_and_term_key():
    assert split_list(" a ;b;; A ;  c  d ") == ["a", "b", "c d"]
    assert split_list("") == []
    assert term_key("  Fiscal   DECENTRALIZATION ") == "fiscal decentralization"
    assert term_key("Straße") == term_key("STRASSE")


def test_write_xlsx_helper_round_trip(tmp_path):
    path = write_xlsx(tmp_path, [["term", "definition"], ["A", "B"]])
    assert read_table(path).rows[0].cells == ("A", "B")
