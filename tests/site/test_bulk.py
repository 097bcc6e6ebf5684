"""decnet.bulk: inside a bulk change a page saved several times is indexed (search and references) once, as
the change ends, from its last state; outside one, every save indexes at once as before."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import ReferenceIndex
from wagtail.search.models import IndexEntry

from decnet.bulk import bulk_change
from decnet.deferral import defer
from glossary.models import GlossaryTermPage
from search import index_updates
from tests.factories import GlossaryTermPageFactory, add_related_term

pytestmark = pytest.mark.django_db


def index_titles(page) -> list[str]:
    """The page's database index entries' titles, lower-cased: the text on SQLite, the tsvector's lexemes
    (stemmed: "equalisation" -> 'equalis', "equalization" -> 'equal') on PostgreSQL."""
    content_type = ContentType.objects.get_for_model(type(page))
    entries = IndexEntry.objects.filter(content_type=content_type, object_id=str(page.pk))
    return [str(title).lower() for title in entries.values_list("title", flat=True)]


def new_term(glossary, title: str) -> GlossaryTermPage:
    page = GlossaryTermPage(title=title, definition="A definition.", locale_id=glossary.locale_id)
    glossary.add_child(instance=page)
    return page


def test_outside_a_bulk_change_each_save_indexes_at_once(glossary):
    page = new_term(glossary, "Fiscal equalization")
    [title] = index_titles(page)
    assert "fiscal" in title and "equal" in title


def test_inside_a_bulk_change_a_page_is_indexed_once_from_its_last_save(glossary, monkeypatch):
    calls = []
    real = index_updates.schedule_updates
    monkeypatch.setattr(
        index_updates, "schedule_updates", lambda model, pks: (calls.append(pks), real(model, pks))
    )
    with bulk_change():
        first = new_term(glossary, "Fiscal equalization")
        second = new_term(glossary, "Revenue sharing")
        first.title = "Fiscal equalisation"
        first.save()
        first.save_revision().publish()
        assert index_titles(first) == [] and index_titles(second) == []  # nothing yet
    assert calls == [[first.pk, second.pk]]  # one call for the model, each page once
    [first_title] = index_titles(first)
    # The last save's title ("equalisation"), not the first ("equalization": 'equal' on PostgreSQL).
    assert "equalis" in first_title
    [second_title] = index_titles(second)
    assert "revenu" in second_title


def test_references_are_indexed_once_at_the_end(glossary):
    term = GlossaryTermPageFactory(parent=glossary)
    related = GlossaryTermPageFactory(parent=glossary)
    with bulk_change():
        add_related_term(term, related)  # saves the term twice (revision, publish)
        assert not ReferenceIndex.get_references_to(related).exists()
    assert list(ReferenceIndex.get_references_to(related).values_list("object_id", flat=True)) == [
        str(term.pk)
    ]


def test_a_page_deleted_before_the_end_leaves_no_document(glossary):
    with bulk_change():
        page = new_term(glossary, "Deconcentration")
        pk = page.pk
        page.delete()
    assert not IndexEntry.objects.filter(object_id=str(pk)).exists()


def test_an_error_in_the_block_runs_nothing_deferred(glossary):
    ran = []
    with pytest.raises(RuntimeError), bulk_change():
        assert defer("test", 1, ran.append)
        raise RuntimeError("the import failed")
    assert ran == []
    assert not defer("test", 2, ran.append)  # the thread is out of the bulk change


def test_an_inner_block_joins_the_outer_one():
    ran = []
    with bulk_change():
        with bulk_change():
            defer("test", "a", ran.extend)
        assert ran == []  # not at the inner block's end
        defer("test", "a", ran.extend)  # the same item again: once
        defer("test", "b", ran.extend)
    assert ran == ["a", "b"]
