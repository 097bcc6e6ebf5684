"""The Decentralization and Multilevel Governance Glossary: an A–Z index of term pages."""

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

SHORT_DEFINITION_WORDS = 30


class GlossaryPage(Page):
    introduction = models.TextField(blank=True, help_text=_("Shown above the A–Z list."))

    parent_page_types = ["decnet.HomePage"]
    subpage_types = ["glossary.GlossaryTermPage"]
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("glossary")


class GlossaryTermPage(Page):
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
    search_fields = Page.search_fields + [
        index.SearchField("abbreviation"),
        index.SearchField("synonyms"),
        index.SearchField("definition"),
        index.AutocompleteField("abbreviation"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("abbreviation"),
        FieldPanel("definition"),
        FieldPanel("synonyms"),
        InlinePanel("related_terms", label=_("Related term")),
        FieldPanel("topics"),
        FieldPanel("sources"),
    ]

    class Meta:
        verbose_name = _("glossary term")

    @property
    def synonym_list(self) -> list[str]:
        return [s.strip() for s in self.synonyms.split(";") if s.strip()]

    @property
    def short_definition(self) -> str:
        return Truncator(strip_tags(self.definition)).words(SHORT_DEFINITION_WORDS)


class GlossaryRelatedTerm(Orderable):
    term = ParentalKey(GlossaryTermPage, on_delete=models.CASCADE, related_name="related_terms")
    related_term = models.ForeignKey(GlossaryTermPage, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("related_term")]
