"""The Decentralization and Multilevel Governance Glossary: an A–Z index of term pages."""

from collections.abc import Iterable
from typing import Any

from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from decnet import seo
from decnet.content import ContentPage, PageContract, plain
from decnet.fragments import lazy
from editorial.editing import LocalizedPageForm
from glossary import selectors
from glossary.richtext import rich_text_to_plain_text
from multilingual.i18n import without_language_placeholders
from traffic.visibility import public

SHORT_DEFINITION_WORDS = 30


class GlossaryPage(PageContract, Page):
    introduction = models.TextField(blank=True, help_text=_("Shown above the A–Z list."))

    parent_page_types = ["decnet.HomePage"]
    subpage_types = ["glossary.GlossaryTermPage"]
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("glossary")

    def get_context(self, request, *args, **kwargs):
        """Adds the A–Z groups of live terms (those matching the filter box, ``?q=``) and the letter
        navigation (rules in glossary.selectors).

        Every term is on the one page and the navigation jumps to the letters' anchors; ``q`` is cleaned
        rather than refused (glossary.selectors.read_filter), ``topic`` (a topic's slug, the hubs' "See all")
        narrows to that topic's terms when it names one, and any other parameter is ignored.
        """
        context = super().get_context(request, *args, **kwargs)
        query = selectors.read_filter(request.GET.get("q", ""))
        topic = selectors.read_topic(self, request.GET.get("topic"))
        context["filter_query"] = query
        context["filter_topic"] = topic
        # The terms are read only when the index's cached body is built (``{% page_fragment %}``), which
        # depends on the topic alone; a free-text filter is rendered for its reader (None: not kept).
        context["glossary_state"] = None if query else (topic.slug if topic is not None else "")
        groups = lazy(lambda: selectors.filtered_glossary_index(self, query, topic))
        context["letter_groups"] = groups
        context["matching_terms"] = lazy(lambda: sum(len(group.items) for group in groups()))
        context["letter_navigation"] = lazy(
            lambda: selectors.letter_navigation(groups(), self.locale.language_code)
        )
        return context

    def structured_data(self, request: HttpRequest | None) -> dict[str, Any]:
        """schema.org DefinedTermSet."""
        return {
            "@context": seo.SCHEMA_CONTEXT,
            "@type": "DefinedTermSet",
            "name": self.title,
            "url": seo.absolute_url(request, self),
            "inLanguage": self.locale.language_code,
            "publisher": seo.publisher(),
        }


class GlossaryTermPage(ContentPage, Page):
    """One glossary term; the page title is the term itself."""

    abbreviation = models.CharField(max_length=30, blank=True, help_text=_("e.g. 'IGFT'."))
    definition = RichTextField(features=["bold", "italic", "link", "ul", "ol"])
    synonyms = models.CharField(
        max_length=500, blank=True, help_text=_("Other names for the term, separated by semicolons.")
    )
    topics = ParentalManyToManyField("decnet.Topic", blank=True, related_name="glossary_terms")
    sources = RichTextField(
        features=["bold", "italic", "link", "ul"], blank=True, help_text=_("Where the definition comes from.")
    )

    parent_page_types = ["glossary.GlossaryPage"]
    subpage_types: list[str] = []
    search_type = "glossary"
    search_type_label = _("Glossary term")
    og_type = "website"
    facet_paths = {"topic": "topics__slug"}
    hub_heading = _("Glossary terms")
    hub_order = 30
    hub_compact = True  # a term is its name and a short definition: a list, not a row of placeholder images
    search_fields = Page.search_fields + [
        index.SearchField("abbreviation", boost=2),
        index.SearchField("synonyms", boost=2),
        index.SearchField("definition"),
        index.AutocompleteField("abbreviation"),
        index.RelatedFields("topics", [index.SearchField("name"), index.FilterField("slug")]),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("abbreviation"),
        FieldPanel("definition"),
        FieldPanel("synonyms"),
        InlinePanel("related_terms", label=_("Related term")),
        FieldPanel("topics"),
        FieldPanel("sources"),
    ]

    base_form_class = LocalizedPageForm

    # Words of one language: a translation has its own, or none (never the source term's).
    LANGUAGE_OWN_FIELDS = ["abbreviation", "synonyms"]

    class Meta:
        verbose_name = _("glossary term")

    def copy_for_translation(self, locale, copy_parents=False, alias=False, exclude_fields=None):
        """A new translation starts without the source's abbreviation and synonyms: English synonyms on a
        French page would be wrong, and readers could not tell. An alias mirrors its source, so keeps them."""
        if not alias:
            exclude_fields = [*(exclude_fields or []), *self.LANGUAGE_OWN_FIELDS]
        return super().copy_for_translation(
            locale, copy_parents=copy_parents, alias=alias, exclude_fields=exclude_fields
        )

    copy_for_translation.alters_data = True

    def get_context(self, request, *args, **kwargs):
        """Adds the live related terms, the term's equivalents in the other languages and the link back to
        this term's letter on the A–Z index (when readers can open the index)."""
        context = super().get_context(request, *args, **kwargs)
        letter = selectors.initial_letter(self.title)
        # Read only when the term's cached body is built (decnet.fragments: ``{% page_fragment %}``).
        context["glossary"] = lazy(lambda: selectors.index_for_term(self))
        context["letter"] = letter
        context["letter_anchor"] = selectors.letter_anchor(letter)
        context["related_pages"] = lazy(lambda: selectors.live_related_terms(self))
        context["equivalents"] = lazy(lambda: selectors.term_equivalents(self, request))
        return context

    @property
    def synonym_list(self) -> list[str]:
        return [s.strip() for s in self.synonyms.split(";") if s.strip()]

    @property
    def short_definition(self) -> str:
        """The definition as plain text (entities decoded: templates escape it once), cut to a few words."""
        return Truncator(rich_text_to_plain_text(self.definition)).words(SHORT_DEFINITION_WORDS)

    @property
    def listing_summary(self) -> str:
        return self.short_definition

    def search_snippet_source(self) -> str:
        parts = [plain(self.definition), self.abbreviation, self.synonyms.replace(";", ",")]
        return " ".join(part for part in parts if part)

    @classmethod
    def hub_listing(cls, locale_id: int) -> Page | None:
        """The glossary of the language: its index narrows to a topic's terms with ``?topic=<slug>``."""
        return without_language_placeholders(
            public(GlossaryPage.objects.live()).filter(locale_id=locale_id)
        ).first()

    @classmethod
    def exact_names(cls, pages: QuerySet) -> Iterable[tuple[int, int, str]]:
        """The term (rank 0), its abbreviation (1) and each synonym (2) raise the term's definition card."""
        for pk, title, abbreviation, synonyms in pages.values_list("pk", "title", "abbreviation", "synonyms"):
            yield pk, 0, title
            if abbreviation:
                yield pk, 1, abbreviation
            for synonym in synonyms.split(";"):
                if synonym.strip():
                    yield pk, 2, synonym

    def definition_card(self) -> dict[str, str]:
        return {"term": self.title, "abbreviation": self.abbreviation, "definition": self.short_definition}

    def structured_data(self, request: HttpRequest | None) -> dict[str, Any]:
        """schema.org DefinedTerm, in the DefinedTermSet of its glossary."""
        data: dict[str, Any] = {
            "@context": seo.SCHEMA_CONTEXT,
            "@type": "DefinedTerm",
            "name": self.title,
            "description": plain(self.definition),
            "url": seo.absolute_url(request, self),
            "inLanguage": self.locale.language_code,
        }
        if self.abbreviation:
            data["termCode"] = self.abbreviation
        if self.synonym_list:
            data["alternateName"] = self.synonym_list
        glossary = self.get_parent()
        if glossary is not None:
            data["inDefinedTermSet"] = {
                "@type": "DefinedTermSet",
                "name": glossary.title,
                "url": seo.absolute_url(request, glossary),
            }
        return data


class GlossaryRelatedTerm(Orderable):
    term = ParentalKey(GlossaryTermPage, on_delete=models.CASCADE, related_name="related_terms")
    related_term = models.ForeignKey(GlossaryTermPage, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("related_term")]
