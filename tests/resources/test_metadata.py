"""DOI links and document sizes, as product pages and download links show them."""

from unittest import mock

import pytest
from django.db.models.fields.files import FieldFile

from resources.metadata import document_file_size, doi_url, normalise_doi


@pytest.mark.parametrize(
    ("typed", "bare"),
    [
        ("10.5555/lpsa.2021.001", "10.5555/lpsa.2021.001"),
        ("  10.5555/x  ", "10.5555/x"),
        ("doi:10.5555/x", "10.5555/x"),
        ("DOI: 10.5555/x", "10.5555/x"),
        ("https://doi.org/10.5555/x", "10.5555/x"),
        ("http://dx.doi.org/10.5555/x", "10.5555/x"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalise_doi(typed, bare):
    assert normalise_doi(typed) == bare


def test_doi_url():
    assert doi_url("10.5555/lpsa.2021.001") == "https://doi.org/10.5555/lpsa.2021.001"
    assert doi_url("10.1002/(SICI)1099#x") == "https://doi.org/10.1002/%28SICI%291099%23x"
    assert doi_url("   ") is None
    assert doi_url(None) is None


def test_recorded_size_is_used_without_touching_storage():
    document = mock.Mock(file_size=1234)
    type(document.file).size = mock.PropertyMock(side_effect=AssertionError("storage read"))
    assert document_file_size(document) == 1234


def test_no_document_has_no_size():
    assert document_file_size(None) is None


@pytest.mark.django_db
def test_missing_size_is_measured_and_stored(make_document):
    document = make_document(record_size=False, content=b"%PDF-1.4 tiny")
    assert document.file_size is None
    assert document_file_size(document) == len(b"%PDF-1.4 tiny")
    document.refresh_from_db()
    assert document.file_size == len(b"%PDF-1.4 tiny")


@pytest.mark.django_db
def test_unreadable_file_gives_none_and_is_tried_once_per_instance(make_document):
    document = make_document(record_size=False)
    document.file.storage.delete(document.file.name)
    with mock.patch.object(
        FieldFile, "size", new_callable=mock.PropertyMock, side_effect=FileNotFoundError
    ) as size:
        assert document_file_size(document) is None
        assert document_file_size(document) is None
    assert size.call_count == 1
    document.refresh_from_db()
    assert document.file_size is None


@pytest.mark.django_db
def test_size_stored_meanwhile_is_not_overwritten(make_document):
    document = make_document(record_size=False, content=b"12345")
    type(document).objects.filter(pk=document.pk).update(file_size=999)
    assert document_file_size(document) == 5  # measured for this request…
    document.refresh_from_db()
    assert document.file_size == 999  # …but the stored value wins
