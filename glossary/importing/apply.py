"""Writing a validated plan's source terms (inside the import's transaction), then their translations."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from wagtail.log_actions import log

from decnet.models import Topic
from glossary.importing.existing import Existing
from glossary.importing.translations import apply_translations
from glossary.importing.validate import ImportPlan
from glossary.importing.writing import page_matches, save_error, set_fields, unique_slug
from glossary.models import GlossaryPage, GlossaryTermPage
from spreadsheets.imports import Summary
from spreadsheets.tabular import LIST_SEPARATOR


def apply(plan: ImportPlan, glossary: GlossaryPage, existing: Existing, *, publish: bool = False) -> Summary:
    """Write the plan's rows (call inside a transaction). New terms are created first so that rows can
    relate to terms further down the file; each term then gets at most one new revision. The translations
    are written after all the source terms (see :func:`apply_translations`)."""
    summary = Summary(skipped=plan.skipped)
    topics_by_slug = {topic.slug.lower(): topic for topic in existing.topics}
    for slug, name in plan.new_topics.items():
        topics_by_slug[slug] = Topic.objects.create(name=name, slug=slug, locale_id=glossary.locale_id)

    pages: dict[str, GlossaryTermPage] = {}
    for key, matches in existing.terms.items():
        if len(matches) == 1:
            pages[key] = matches[0]
    new_keys: set[str] = set()
    for row in plan.rows:
        if row.key in pages:
            continue
        page = GlossaryTermPage(
            title=row.term,
            slug=unique_slug(row.term, existing.slugs),
            definition=row.definition,
            abbreviation=row.abbreviation or "",
            synonyms=f"{LIST_SEPARATOR} ".join(row.synonyms or []),
            locale_id=glossary.locale_id,
            live=False,
            has_unpublished_changes=True,
        )
        try:
            glossary.add_child(instance=page)
        except ValidationError as error:
            raise save_error(plan.source, row, error) from None
        pages[row.key] = page
        new_keys.add(row.key)

    # What each row's term is after the import (its latest revision): the source of its translations.
    written: dict[str, GlossaryTermPage] = {}
    for row in plan.rows:
        page = pages[row.key]
        related = [pages[key].pk for key in row.related] if row.related is not None else None
        topics = (
            [ref.topic or topics_by_slug[ref.slug] for ref in row.topics] if row.topics is not None else None
        )
        try:
            if row.key in new_keys:
                set_fields(page, row, related, topics)
                page.save()  # a never-published page keeps its draft content in its own row, as in the admin
                revision = page.save_revision(log_action=False)
                log(instance=page, action="wagtail.create", revision=revision, content_changed=True)
                if publish:
                    revision.publish()
                summary.created += 1
                written[row.key] = page
                continue
            current = page.get_latest_revision_as_object()
            written[row.key] = current
            if page_matches(current, row, related, topics):
                summary.unchanged += 1
                if publish and (not page.live or page.has_unpublished_changes):
                    revision = page.get_latest_revision() or page.save_revision(log_action=True)
                    revision.publish()
                    summary.published_drafts += 1
                continue
            set_fields(current, row, related, topics)
            revision = current.save_revision(log_action=True)
            if publish:
                revision.publish()
            summary.updated += 1
        except ValidationError as error:
            raise save_error(plan.source, row, error) from None

    if plan.languages:
        apply_translations(plan, glossary, existing, pages, written, summary, publish=publish)
    return summary
