"""The glossary import in the admin: upload, preview with line-level errors, confirm; atomic."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from glossary.models import GlossaryTermPage
from tests.glossary.conftest import database_state

pytestmark = pytest.mark.django_db

GOOD = (
    "term,definition,synonyms\n"
    "Fiscal gap,The difference between needs and means.,vertical gap\n"
    "Tax assignment,Which government levies which tax.,\n"
)
ONE_BAD = GOOD + "Spillovers,,\n"


def upload(client, content: bytes, name: str = "terms.csv", **options):
    data = {"file": SimpleUploadedFile(name, content), **{k: "on" for k, v in options.items() if v}}
    return client.post(reverse("glossary_import"), data)


@pytest.fixture
def editor_client(client, superuser, glossary):
    client.force_login(superuser)
    return client


def test_the_upload_form_is_in_the_admin(editor_client):
    response = editor_client.get(reverse("glossary_import"))
    assert response.status_code == 200
    assert 'type="file"' in response.content.decode()


def test_preview_shows_what_will_change_and_writes_nothing(editor_client):
    before = database_state()
    response = upload(editor_client, GOOD.encode())
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-import-summary="created 2, updated 0, unchanged 0, skipped 0"' in html
    assert 'name="payload"' in html
    assert database_state() == before
    assert not GlossaryTermPage.objects.exists()


def test_confirm_imports_the_previewed_file(editor_client):
    payload = upload(editor_client, GOOD.encode(), publish=True).context["payload"]
    response = editor_client.post(reverse("glossary_import"), {"payload": payload})
    assert response.status_code == 302
    terms = GlossaryTermPage.objects.order_by("title")
    assert [(term.title, term.live) for term in terms] == [("Fiscal gap", True), ("Tax assignment", True)]
    assert terms[0].synonym_list == ["vertical gap"]
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["terms.csv imported: created 2, updated 0, unchanged 0, skipped 0."]
    # Importing the same file again changes nothing.
    again = upload(editor_client, GOOD.encode(), publish=True)
    assert 'data-import-summary="created 0, updated 0, unchanged 2, skipped 0"' in again.content.decode()


def test_a_bad_file_shows_its_line_errors_and_changes_nothing(editor_client):
    before = database_state()
    response = upload(editor_client, ONE_BAD.encode())
    html = response.content.decode()
    assert "<code>terms.csv:4: definition: must not be empty</code>" in html
    assert "terms.csv: 1 invalid row; nothing was imported" in html
    assert 'name="payload"' not in html  # nothing to confirm
    assert database_state() == before


def test_skipping_invalid_rows_previews_then_imports_the_valid_ones(editor_client):
    response = upload(editor_client, ONE_BAD.encode(), skip_invalid=True)
    html = response.content.decode()
    assert 'data-import-summary="created 2, updated 0, unchanged 0, skipped 1"' in html
    assert "<code>terms.csv:4: definition: must not be empty</code>" in html
    editor_client.post(reverse("glossary_import"), {"payload": response.context["payload"]})
    assert GlossaryTermPage.objects.count() == 2


def test_xlsx_files_are_accepted(editor_client):
    workbook = Workbook()
    for row in (["term", "definition"], ["Devolution", "The strongest form."]):
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = upload(editor_client, buffer.getvalue(), name="terms.xlsx")
    assert 'data-import-summary="created 1, updated 0, unchanged 0, skipped 0"' in response.content.decode()


def test_other_files_and_tampered_forms_are_refused(editor_client):
    response = upload(editor_client, b"<html>", name="terms.html")
    assert "Choose a .csv or .xlsx file." in response.content.decode()
    response = editor_client.post(reverse("glossary_import"), {"payload": "forged"})
    assert response.status_code == 400
    assert not GlossaryTermPage.objects.exists()


def test_people_who_cannot_add_terms_cannot_import(client, translator, glossary):
    client.force_login(translator)
    assert client.get(reverse("glossary_import")).status_code in (302, 403)
