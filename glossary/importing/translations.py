"""Writing the translations of a plan's terms: Wagtail translations of their source terms under the glossary's
page in each language, related to pages in their own language, and recorded in wagtail-localize."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import Locale, Page

from decnet.models import Topic
from glossary.importing.existing import Existing
from glossary.importing.validate import ImportPlan, TermRow
from glossary.importing.writing import PAGE_SLUG_MAX_LENGTH, page_matches, related_ids, save_error, set_fields
from glossary.models import GlossaryPage, GlossaryTermPage
from glossary.translation_memory import TranslatedValues, record_translation
from spreadsheets.imports import Summary
from spreadsheets.tabular import LIST_SEPARATOR


def translation_slug(term: str, source_slug: str, taken: set[str]) -> str:
    """A slug for a new translation: from the translated term ("décentralisation" → "decentralisation"), or
    the source term's slug when the term has no Latin letters (Arabic), made unique among its siblings."""
    base = slugify(term)[:PAGE_SLUG_MAX_LENGTH].strip("-") or source_slug
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def translated_glossary(glossary: GlossaryPage, locale: Locale, existing: Existing) -> GlossaryPage:
    """The glossary's page in ``locale``. When there is none, it is created the way Wagtail and
    wagtail-localize create the parents of a translated page: as an alias of the glossary (with aliases of
    its parents up to the home page where those are missing too). An alias shows the source page's content
    and follows it until an editor translates it ("Translate this page" in the admin); meanwhile it lists
    the terms of its own language."""
    page = existing.glossaries.get(locale.language_code)
    if page is None:
        page = glossary.copy_for_translation(locale, copy_parents=True, alias=True)
        existing.glossaries[locale.language_code] = page
    return page


def _localized_relations(
    written: dict[str, GlossaryTermPage], keys: Iterable[str], locale: Locale
) -> tuple[dict[str, list[int]], dict[str, list[Topic]]]:
    """For each row key: its source term's related terms and topics, each replaced by its page or topic in
    ``locale`` where there is one (a translation, or an alias standing in for it), else kept as it is.

    This is the rule editorial.translation applies whenever a translated page is saved, so that a later save
    from the admin gives the same relations."""
    keys = list(keys)
    related = {key: related_ids(written[key]) for key in keys}
    topics = {key: list(written[key].topics.all()) for key in keys}
    every_related_id = {page_id for ids in related.values() for page_id in ids}
    translation_key_of = dict(
        GlossaryTermPage.objects.filter(pk__in=every_related_id).values_list("pk", "translation_key")
    )
    page_in_locale = dict(
        Page.objects.filter(locale=locale, translation_key__in=set(translation_key_of.values())).values_list(
            "translation_key", "pk"
        )
    )
    topic_keys = {topic.translation_key for items in topics.values() for topic in items}
    topic_in_locale = {
        topic.translation_key: topic
        for topic in Topic.objects.filter(locale=locale, translation_key__in=topic_keys)
    }
    localized_related = {
        key: [page_in_locale.get(translation_key_of.get(page_id), page_id) for page_id in ids]
        for key, ids in related.items()
    }
    localized_topics = {
        key: [topic_in_locale.get(topic.translation_key, topic) for topic in items]
        for key, items in topics.items()
    }
    return localized_related, localized_topics


def apply_translations(
    plan: ImportPlan,
    glossary: GlossaryPage,
    existing: Existing,
    pages: dict[str, GlossaryTermPage],
    written: dict[str, GlossaryTermPage],
    summary: Summary,
    *,
    publish: bool = False,
) -> None:
    """Create or update the translations of the plan's terms, language by language (call inside the
    transaction, after the source terms are written).

    A new translation is made with Wagtail's ``copy_for_translation`` under the glossary's page in that
    language (same translation_key as its source term), then gets the file's values; an alias standing in
    for the term in that language becomes the translation. All new translations of a language exist before
    any is filled in, so related terms can point at translations further down the file. Each translation is
    then compared with its latest revision like a source term (created / updated / unchanged, drafts unless
    ``publish``), and recorded in wagtail-localize (:func:`glossary.translation_memory.record_translation`).
    """
    for language in plan.languages:
        rows = [row for row in plan.rows if language in row.translations]
        if not rows:
            continue
        locale = existing.locales[language]
        parent = translated_glossary(glossary, locale, existing)
        taken = set(parent.get_children().values_list("slug", flat=True))
        translations: dict[str, GlossaryTermPage] = {}
        created: set[str] = set()
        for row in rows:
            translation = row.translations[language]
            source = pages[row.key]
            page = existing.translations.get((source.translation_key, language))
            try:
                if page is None:
                    slug = translation_slug(translation.term, source.slug, taken)
                    page = source.copy_for_translation(locale)
                    page.title, page.slug = translation.term, slug
                    page.save()
                elif page.alias_of_id:
                    page.alias_of = None
                    page.save(update_fields=["alias_of"], clean=False)
                    log(
                        instance=page,
                        action="wagtail.convert_alias",
                        data={"page": {"id": page.pk, "title": page.get_admin_display_title()}},
                    )
                else:
                    translations[row.key] = page
                    continue
            except ValidationError as error:
                raise save_error(plan.source, row, error, f"term:{language}") from None
            translations[row.key] = page
            created.add(row.key)

        related, topics = _localized_relations(written, (row.key for row in rows), locale)
        for row in rows:
            translation = row.translations[language]
            page = translations[row.key]
            # A copy made above holds its draft in its row (its first revision still has the source's title
            # and slug); an alias made a translation has no revision of its own yet.
            current = page if row.key in created and not page.live else page.get_latest_revision_as_object()
            values = TermRow(
                line=row.line,
                term=translation.term,
                key=translation.key,
                definition=translation.definition.html if translation.definition else current.definition,
                abbreviation=translation.abbreviation,
                synonyms=translation.synonyms,
            )
            try:
                if row.key in created:
                    set_fields(current, values, related[row.key], topics[row.key])
                    if not page.live:
                        current.save()  # a never-published page keeps its draft content in its row
                    revision = current.save_revision(log_action=True)
                    if publish:
                        revision.publish()
                    summary.created += 1
                elif page_matches(current, values, related[row.key], topics[row.key]):
                    summary.unchanged += 1
                    if publish and (not page.live or page.has_unpublished_changes):
                        revision = page.get_latest_revision() or page.save_revision(log_action=True)
                        revision.publish()
                        summary.published_drafts += 1
                else:
                    set_fields(current, values, related[row.key], topics[row.key])
                    revision = current.save_revision(log_action=True)
                    if publish:
                        revision.publish()
                    summary.updated += 1
            except ValidationError as error:
                raise save_error(plan.source, row, error, f"term:{language}") from None
            record_translation(
                written[row.key],
                locale,
                TranslatedValues(
                    title=translation.term,
                    slug=current.slug,
                    abbreviation=translation.abbreviation,
                    synonyms=f"{LIST_SEPARATOR} ".join(translation.synonyms)
                    if translation.synonyms
                    else None,
                    definition=translation.definition,
                ),
            )
