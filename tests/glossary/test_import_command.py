"""``manage.py import_glossary``: creating and updating terms, drafts vs --publish, and bad input."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale, Page, Revision

from decnet.models import Topic
from glossary.models import GlossaryPage, GlossaryTermPage
from tests.factories import TopicFactory
from tests.glossary.conftest import database_state, run_import, write_csv, write_xlsx

pytestmark = pytest.mark.django_db

HEADER = ["term", "abbreviation", "definition", "synonyms", "related", "topics"]
ROWS = [
    HEADER,
    [
        "Decentralization",
        "",
        "The transfer of authority.",
        "",
        "Devolution; Fiscal decentralization",
        "Governance",
    ],
    [
        "Devolution",
        "",
        "The strongest form of decentralization.",
        "democratic decentralization",
        "",
        "governance",
    ],
    [
        "Fiscal decentralization",
        "FD",
        "Spending & revenue < assigned.\n\nSecond paragraph.",
        "",
        "Decentralization",
        "Local finance; Governance",
    ],
]


def _term(title: str) -> GlossaryTermPage:
    return GlossaryTermPage.objects.get(title=title)


def _latest(page: GlossaryTermPage) -> GlossaryTermPage:
    return GlossaryTermPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def _related_titles(page: GlossaryTermPage) -> list[str]:
    return [row.related_term.title for row in page.related_terms.all()]


# -- creating ---------------------------------------------------------------------------------------------


def test_csv_import_creates_draft_terms(tmp_path, glossary):
    path = write_csv(tmp_path, ROWS)
    result = run_import(path)
    assert result.error is None, result.stderr
    assert result.stderr == ""
    assert result.stdout == "created 3, updated 0, unchanged 0, skipped 0\n"

    terms = GlossaryTermPage.objects.child_of(glossary)
    assert terms.count() == 3
    assert not terms.filter(live=True).exists()
    assert all(term.latest_revision_id for term in terms)

    fiscal = _term("Fiscal decentralization")
    assert fiscal.slug == "fiscal-decentralization"
    assert fiscal.locale == Locale.get_default()
    assert fiscal.abbreviation == "FD"
    assert fiscal.definition == "<p>Spending &amp; revenue &lt; assigned.</p><p>Second paragraph.</p>"
    assert _related_titles(fiscal) == ["Decentralization"]
    assert sorted(topic.name for topic in fiscal.topics.all()) == ["Governance", "Local finance"]
    # Related terms keep the file's order, even when they point further down the file.
    assert _related_titles(_term("Decentralization")) == ["Devolution", "Fiscal decentralization"]
    assert _term("Devolution").synonym_list == ["democratic decentralization"]
    assert Revision.objects.filter(object_id__in=[str(term.pk) for term in terms]).count() == 3


def test_drafts_are_not_served_until_published(client, tmp_path, glossary):
    path = write_csv(tmp_path, ROWS)
    run_import(path)
    assert client.get("/en/glossary/devolution/").status_code == 404
    assert "Devolution" not in client.get("/en/glossary/").content.decode()


def test_csv_with_bom_and_upper_case_header(tmp_path, glossary):
    path = write_csv(
        tmp_path, [["Term", "DEFINITION"], ["Subsidiarity", "Decide at the lowest level."]], bom=True
    )
    result = run_import(path)
    assert result.error is None, result.stderr
    assert result.summary == "created 1, updated 0, unchanged 0, skipped 0"
    assert _term("Subsidiarity").definition == "<p>Decide at the lowest level.</p>"


def test_xlsx_import_creates_and_updates(tmp_path, glossary):
    path = write_xlsx(tmp_path, ROWS)
    assert run_import(path).summary == "created 3, updated 0, unchanged 0, skipped 0"
    changed = [list(row) for row in ROWS]
    changed[2][2] = "A new definition."
    path = write_xlsx(tmp_path, changed)
    result = run_import(path)
    assert result.summary == "created 0, updated 1, unchanged 2, skipped 0"
    assert _latest(_term("Devolution")).definition == "<p>A new definition.</p>"


def test_unknown_topics_are_created_and_known_ones_matched_by_name_or_slug(tmp_path, glossary):
    governance = TopicFactory(name="Multilevel Governance", slug="multilevel-governance")
    finance = TopicFactory(name="Local government finance", slug="lgf")
    french = TopicFactory(name="Nouveau", slug="nouveau", locale=Locale.objects.get(language_code="fr"))
    topics_before = Topic.objects.count()
    path = write_csv(
        tmp_path,
        [
            ["term", "definition", "topics"],
            ["A", "x", "multilevel governance; LGF; Brand New Topic; nouveau"],
            ["B", "y", "MULTILEVEL-GOVERNANCE; brand new topic"],
        ],
    )
    result = run_import(path)
    assert result.error is None, result.stderr
    assert Topic.objects.count() == topics_before + 2
    created = Topic.objects.get(slug="brand-new-topic")
    assert created.name == "Brand New Topic" and created.locale == Locale.get_default()
    english_nouveau = Topic.objects.get(slug="nouveau", locale=Locale.get_default())
    assert english_nouveau.pk != french.pk
    assert set(_term("A").topics.all()) == {governance, finance, created, english_nouveau}
    assert set(_term("B").topics.all()) == {governance, created}


def test_definitions_with_html_are_sanitised(tmp_path, glossary):
    path = write_csv(
        tmp_path,
        [
            ["term", "definition"],
            ["Linked", 'See <a href="https://lpsa.org" onclick="steal()">LPSA</a> and <em>this</em>.'],
            ["Evil", '<p>Text<script>alert(1)</script> <a href="javascript:alert(1)">click</a></p>'],
        ],
    )
    run_import(path)
    assert _term("Linked").definition == '<p>See <a href="https://lpsa.org">LPSA</a> and <i>this</i>.</p>'
    assert _term("Evil").definition == "<p>Text click</p>"


# -- updating ---------------------------------------------------------------------------------------------


def test_reimporting_the_same_file_changes_nothing(tmp_path, glossary):
    path = write_csv(tmp_path, ROWS)
    run_import(path)
    before = database_state()
    result = run_import(path)
    assert result.error is None
    assert result.stdout == "created 0, updated 0, unchanged 3, skipped 0\n"
    assert database_state() == before


def test_reimporting_published_terms_changes_nothing(tmp_path, glossary):
    path = write_xlsx(tmp_path, ROWS)
    run_import(path, "--publish")
    before = database_state()
    assert run_import(path).summary == "created 0, updated 0, unchanged 3, skipped 0"
    assert run_import(path, "--publish").summary == "created 0, updated 0, unchanged 3, skipped 0"
    assert database_state() == before


def test_terms_are_matched_case_insensitively(tmp_path, make_term, glossary):
    existing = make_term("Devolution", definition="<p>Old.</p>")
    path = write_csv(tmp_path, [["term", "definition"], ["  DEVOLUTION ", "New."]])
    result = run_import(path)
    assert result.summary == "created 0, updated 1, unchanged 0, skipped 0"
    assert GlossaryTermPage.objects.child_of(glossary).count() == 1
    latest = _latest(existing)
    assert latest.title == "DEVOLUTION"  # the file's spelling; the URL does not change
    assert latest.slug == "devolution"


def test_updating_a_live_term_saves_a_draft_and_keeps_the_live_version(client, tmp_path, make_term):
    live = make_term("Devolution", definition="<p>Live text.</p>")
    path = write_csv(tmp_path, [["term", "definition"], ["Devolution", "Draft text."]])
    assert run_import(path).summary == "created 0, updated 1, unchanged 0, skipped 0"
    live.refresh_from_db()
    assert live.live and live.has_unpublished_changes
    assert live.definition == "<p>Live text.</p>"
    assert _latest(live).definition == "<p>Draft text.</p>"
    assert "Live text." in client.get(live.url).content.decode()


def test_publish_publishes_new_and_changed_terms(client, tmp_path, make_term):
    live = make_term("Devolution", definition="<p>Live text.</p>")
    path = write_csv(
        tmp_path, [["term", "definition"], ["Devolution", "Published text."], ["Deconcentration", "New."]]
    )
    result = run_import(path, "--publish")
    assert result.summary == "created 1, updated 1, unchanged 0, skipped 0"
    live.refresh_from_db()
    assert live.live and not live.has_unpublished_changes
    assert live.definition == "<p>Published text.</p>"
    new = _term("Deconcentration")
    assert new.live and not new.has_unpublished_changes
    assert "Published text." in client.get("/en/glossary/devolution/").content.decode()
    assert client.get("/en/glossary/deconcentration/").status_code == 200


def test_publish_after_a_draft_import_publishes_the_unchanged_drafts(tmp_path, glossary):
    path = write_csv(tmp_path, ROWS)
    run_import(path)
    revisions = Revision.objects.count()
    result = run_import(path, "--publish")
    assert result.stdout.splitlines() == [
        "published 3 unchanged drafts",
        "created 0, updated 0, unchanged 3, skipped 0",
    ]
    assert GlossaryTermPage.objects.child_of(glossary).live().count() == 3
    assert Revision.objects.count() == revisions  # published as they were, no new revision
    assert _related_titles(_term("Decentralization")) == ["Devolution", "Fiscal decentralization"]


def test_related_terms_resolve_to_existing_terms_and_replace_the_old_set(tmp_path, make_term):
    devolution = make_term("Devolution")
    old = make_term("Old neighbour")
    term = make_term("Decentralization", related=[old])
    path = write_csv(
        tmp_path,
        [
            ["term", "definition", "related"],
            ["decentralization", "x", "New term; DEVOLUTION"],
            ["New term", "y", ""],
        ],
    )
    result = run_import(path, "--publish")
    assert result.error is None, result.stderr
    term.refresh_from_db()
    assert _related_titles(term) == ["New term", "Devolution"]
    assert devolution.pk in [row.related_term_id for row in term.related_terms.all()]


def test_absent_optional_columns_leave_fields_alone(tmp_path, make_term):
    topic = TopicFactory()
    neighbour = make_term("Neighbour")
    term = make_term(
        "Devolution",
        abbreviation="DEV",
        synonyms="a; b",
        topics=[topic],
        related=[neighbour],
        definition="<p>Old.</p>",
    )
    path = write_csv(tmp_path, [["term", "definition"], ["Devolution", "New."]])
    assert run_import(path, "--publish").summary == "created 0, updated 1, unchanged 0, skipped 0"
    term.refresh_from_db()
    assert (term.abbreviation, term.synonyms, term.definition) == ("DEV", "a; b", "<p>New.</p>")
    assert list(term.topics.all()) == [topic]
    assert _related_titles(term) == ["Neighbour"]


def test_empty_optional_cells_clear_fields(tmp_path, make_term):
    term = make_term("Devolution", abbreviation="DEV", synonyms="a; b", topics=[TopicFactory()])
    path = write_csv(
        tmp_path,
        [
            ["term", "definition", "abbreviation", "synonyms", "topics"],
            ["Devolution", "A definition used in tests.", "", "", ""],
        ],
    )
    assert run_import(path, "--publish").summary == "created 0, updated 1, unchanged 0, skipped 0"
    term.refresh_from_db()
    assert (term.abbreviation, term.synonyms, list(term.topics.all())) == ("", "", [])


def test_new_terms_get_unique_slugs(tmp_path, make_term):
    make_term("Budget", slug="budget")
    path = write_csv(tmp_path, [["term", "definition"], ["Budget!", "x"], ["Δήμος", "y"], ["Ζωή", "z"]])
    result = run_import(path)
    assert result.error is None, result.stderr
    assert _term("Budget!").slug == "budget-2"
    assert {_term("Δήμος").slug, _term("Ζωή").slug} == {"term", "term-2"}


# -- bad rows ---------------------------------------------------------------------------------------------


def _assert_rejected(path, expected_lines, invalid_rows):
    before = database_state()
    result = run_import(path)
    assert result.err_lines == [line.replace("FILE", str(path)) for line in expected_lines]
    assert result.error is not None
    assert (
        str(result.error)
        == f"{path}: {invalid_rows} invalid row{'s' if invalid_rows > 1 else ''}; nothing was imported"
    )
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert database_state() == before


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["Ok", "fine"], ["", "orphan definition"]], ["FILE:3: term: must not be empty"]),
        ([["Ok", "fine"], ["No definition", "  "]], ["FILE:3: definition: must not be empty"]),
        (
            [["Script only", "<p><script>x</script></p>"]],
            ["FILE:2: definition: no text left after removing unsupported HTML"],
        ),
        (
            [["Devolution", "x"], ["Ok", "y"], ["DEVOLUTION", "z"]],
            ['FILE:4: term: "DEVOLUTION" already appears on line 2'],
        ),
        ([["Nul\x00byte", "x"]], ["FILE:2: term: contains control characters (such as NUL)"]),
        ([["x" * 256, "y"]], ["FILE:2: term: longer than 255 characters"]),
    ],
    ids=["empty-term", "empty-definition", "definition-without-text", "duplicate", "nul", "too-long"],
)
def test_bad_rows_are_reported_and_nothing_is_written(tmp_path, glossary, make_term, rows, expected):
    make_term("Existing")
    path = write_csv(tmp_path, [["term", "definition"], *rows])
    _assert_rejected(path, expected, 1)


def test_unresolvable_related_term(tmp_path, glossary, make_term):
    make_term("Existing")
    path = write_csv(
        tmp_path,
        [
            ["term", "definition", "related"],
            ["A", "x", "existing; Nowhere"],
            ["B", "y", "A"],
            ["C", "z", "c"],
        ],
    )
    _assert_rejected(
        path,
        [
            'FILE:2: related: unknown term "Nowhere" (not in this file nor in the glossary)',
            'FILE:4: related: "C" cannot be related to itself',
        ],
        2,
    )


def test_several_problems_are_all_reported_in_line_order(tmp_path, glossary):
    path = write_xlsx(
        tmp_path,
        [
            ["term", "definition", "abbreviation"],
            ["Good", "x", ""],
            ["", "", "AB"],
            [None, None, None],
            ["Long", "y", "X" * 31],
        ],
    )
    _assert_rejected(
        path,
        [
            "FILE:3: term: must not be empty",
            "FILE:3: definition: must not be empty",
            "FILE:5: abbreviation: longer than 30 characters",
        ],
        2,
    )


def test_unknown_column_is_a_file_error_even_with_skip_invalid(tmp_path, glossary):
    path = write_csv(tmp_path, [["term", "definition", "colour"], ["A", "x", "red"]])
    before = database_state()
    for options in ((), ("--skip-invalid",)):
        result = run_import(path, *options)
        assert result.err_lines == [f"{path}:1: colour: unknown column"]
        assert str(result.error) == f"{path}: unknown or unnamed columns in the header; nothing was imported"
        assert database_state() == before


# -- --skip-invalid -------------------------------------------------------------------------------------


def test_skip_invalid_imports_valid_rows_and_reports_the_others(tmp_path, glossary, make_term):
    make_term("Existing", definition="<p>Old.</p>")
    path = write_csv(
        tmp_path,
        [
            ["term", "definition", "related"],
            ["Good", "fine", "Existing"],
            ["", "no term", ""],
            ["Broken", "", ""],  # skipped: empty definition
            ["Needs broken", "x", "Broken"],  # skipped too: "Broken" exists only in a skipped row
            ["Needs needs", "x", "Needs broken"],  # and so on
            ["Existing", "", ""],  # skipped, but the term exists in the glossary…
            ["Needs existing", "x", "existing"],  # …so this one is linked to the existing page
        ],
    )
    result = run_import(path, "--skip-invalid")
    assert result.error is None
    assert result.err_lines == [
        f"{path}:3: term: must not be empty",
        f"{path}:4: definition: must not be empty",
        f'{path}:5: related: "Broken" is on line 4, which is skipped',
        f'{path}:6: related: "Needs broken" is on line 5, which is skipped',
        f"{path}:7: definition: must not be empty",
    ]
    assert result.summary == "created 2, updated 0, unchanged 0, skipped 5"
    titles = set(GlossaryTermPage.objects.child_of(glossary).values_list("title", flat=True))
    assert titles == {"Existing", "Good", "Needs existing"}
    assert _related_titles(_term("Needs existing")) == ["Existing"]
    assert _term("Existing").definition == "<p>Old.</p>"


def test_skip_invalid_with_nothing_wrong_is_a_normal_import(tmp_path, glossary):
    path = write_csv(tmp_path, ROWS)
    result = run_import(path, "--skip-invalid", "--publish")
    assert (result.stderr, result.summary) == ("", "created 3, updated 0, unchanged 0, skipped 0")


# -- one-line file errors -----------------------------------------------------------------------------------


def _assert_one_line_error(path, message):
    before = database_state()
    result = run_import(path)
    assert str(result.error) == message
    assert "\n" not in str(result.error)
    assert result.stderr == "" and result.stdout == ""
    assert "Traceback" not in str(result.error)
    assert database_state() == before


def test_missing_file(tmp_path, glossary):
    path = tmp_path / "missing.csv"
    _assert_one_line_error(path, f"{path}: no such file")


def test_latin1_file(tmp_path, glossary):
    path = tmp_path / "latin1.csv"
    path.write_bytes("term,definition\nD\xe9centralisation,Transfert\n".encode("latin-1"))
    _assert_one_line_error(path, f"{path}: not valid UTF-8 (byte 0xe9 at position 17, line 2)")


def test_missing_required_column(tmp_path, glossary):
    path = write_csv(tmp_path, [["term", "abbreviation"], ["A", "B"]])
    _assert_one_line_error(path, f'{path}: missing required column "definition"')


def test_unsupported_extension(tmp_path, glossary):
    path = tmp_path / "glossary.ods"
    path.write_bytes(b"whatever")
    _assert_one_line_error(path, f'{path}: unsupported file type ".ods" (use .csv or .xlsx)')


def test_corrupt_xlsx(tmp_path, glossary):
    good = write_xlsx(tmp_path, ROWS)
    path = tmp_path / "corrupt.xlsx"
    path.write_bytes(good.read_bytes()[:500])
    before = database_state()
    result = run_import(path)
    assert str(result.error).startswith(f"{path}: not a valid XLSX workbook (")
    assert "\n" not in str(result.error) and "Traceback" not in str(result.error)
    assert database_state() == before


def test_empty_file(tmp_path, glossary):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    _assert_one_line_error(path, f"{path}: the file is empty")


def test_no_glossary(tmp_path, home_page):
    GlossaryPage.objects.all().delete()  # the module's shared site tree has one
    path = write_csv(tmp_path, ROWS)
    _assert_one_line_error(path, "no glossary page in the default locale (en); create one in the admin first")
    assert not GlossaryPage.objects.exists()


# -- atomicity ----------------------------------------------------------------------------------------------


def test_a_failure_half_way_writes_nothing(tmp_path, glossary, make_term, monkeypatch):
    make_term("Devolution", definition="<p>Old.</p>")
    path = write_csv(
        tmp_path,
        [
            ["term", "definition", "topics"],
            ["New one", "x", "Brand new"],
            ["Devolution", "New.", ""],
            ["Last", "z", ""],
        ],
    )
    original = GlossaryTermPage.save_revision
    calls = []

    def failing_save_revision(self, *args, **kwargs):
        calls.append(self.title)
        if len(calls) == 2:
            raise ValidationError({"title": ["simulated failure"]})
        return original(self, *args, **kwargs)

    monkeypatch.setattr(GlossaryTermPage, "save_revision", failing_save_revision)
    before = database_state()
    result = run_import(path, "--publish")
    assert (
        str(result.error)
        == f"{path}:3: term: cannot be saved (title: simulated failure); nothing was imported"
    )
    assert len(calls) == 2
    assert database_state() == before
    assert not Topic.objects.filter(name="Brand new").exists()


def test_header_only_file_imports_nothing(tmp_path, glossary):
    path = write_csv(tmp_path, [["term", "definition"]])
    result = run_import(path)
    assert (result.error, result.stderr, result.summary) == (
        None,
        "",
        "created 0, updated 0, unchanged 0, skipped 0",
    )


def test_new_topic_without_a_possible_slug_is_a_row_error(tmp_path, glossary):
    path = write_csv(tmp_path, [["term", "definition", "topics"], ["A", "x", "Δημοκρατία"]])
    _assert_rejected(
        path,
        [
            "FILE:2: topics: "
            + 'cannot make a slug for the new topic "Δημοκρατία"; add the topic in the admin first'
        ],
        1,
    )


def test_term_matching_two_existing_pages_is_a_row_error(tmp_path, make_term):
    first = make_term("Devolution", slug="devolution")
    second = make_term("DEVOLUTION", slug="devolution-2")
    path = write_csv(tmp_path, [["term", "definition"], ["devolution", "x"]])
    _assert_rejected(
        path,
        [f'FILE:2: term: "devolution" matches several terms in the glossary (ids {first.pk}, {second.pk})'],
        1,
    )


def test_alias_pages_are_not_updated(tmp_path, make_term, glossary):
    original = make_term("Original")
    original.create_alias(parent=glossary, update_slug="alias-copy")
    # An alias normally repeats its original's title; give it its own so that it alone matches.
    Page.objects.filter(alias_of=original).update(title="Alias copy")
    path = write_csv(tmp_path, [["term", "definition"], ["alias copy", "x"]])
    _assert_rejected(
        path, ['FILE:2: term: "alias copy" is an alias page; update the page it copies instead'], 1
    )
