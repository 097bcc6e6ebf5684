"""decnet.deferral: a page's save indexes it (search, references) once the save has written its relations,
and leaves reference indexing alone when the caller switched Wagtail's off (a loader, the test factories)."""

import pytest
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from glossary.models import GlossaryRelatedTerm, GlossaryTermPage
from tests.factories import GlossaryTermPageFactory

pytestmark = pytest.mark.django_db


def referencing(page) -> list[str]:
    return list(ReferenceIndex.get_references_to(page).values_list("object_id", flat=True))


def test_a_publish_indexes_the_references_its_relations_hold(glossary):
    term, related = GlossaryTermPageFactory(parent=glossary), GlossaryTermPageFactory(parent=glossary)
    # As the admin's edit view publishes: the relation is written by the publish's save, after post_save.
    term = GlossaryTermPage.objects.get(pk=term.pk)
    term.related_terms.add(GlossaryRelatedTerm(related_term=related))
    term.save_revision().publish()
    assert referencing(related) == [str(term.pk)]


def test_with_wagtails_switch_off_a_save_indexes_no_reference(glossary):
    term, related = GlossaryTermPageFactory(parent=glossary), GlossaryTermPageFactory(parent=glossary)
    term = GlossaryTermPage.objects.get(pk=term.pk)
    term.related_terms.add(GlossaryRelatedTerm(related_term=related))
    with disable_reference_index_auto_update():
        term.save_revision().publish()
    assert referencing(related) == []
