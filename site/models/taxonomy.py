"""Taxonomy snippets shared by blog posts, knowledge products and glossary terms.

All are translatable with wagtail-localize. Identifiers (slugs, ISO codes) and people's names are synchronised
from the source rather than offered to translators: filters and URLs use the same slug in every language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Region(TranslatableMixin, models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, help_text=_("Used in URLs and API filters, e.g. 'africa'."))

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class Country(TranslatableMixin, index.Indexed, models.Model):
    code = models.CharField(
        max_length=2, help_text=_("ISO 3166-1 alpha-2 code in capitals, e.g. 'KE' for Kenya.")
    )
    name = models.CharField(max_length=100)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="countries")

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("region")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("code")]
    override_translatable_fields = [SynchronizedField("code")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name_plural = "countries"
        unique_together = [("translation_key", "locale"), ("code", "locale")]

    def __str__(self) -> str:
        return self.name

    @property
    def chooser_label(self) -> str:
        """The name in the country's language and its ISO code: "Albanie (AL)"."""
        return f"{self.name} ({self.code})"


class Topic(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, help_text=_("Used in URLs and API filters."))
    description = models.TextField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class Person(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=150)
    slug = models.SlugField(max_length=150, help_text=_("Used in the author's URL."))
    role = models.CharField(max_length=200, blank=True, help_text=_("e.g. 'Senior Fellow'."))
    organisation = models.CharField(max_length=200, blank=True)
    bio = models.TextField(blank=True, help_text=_("A few sentences shown on the author's page."))
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # Translators translate the role and the bio; the name and organisation are the person's own.
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("slug"),
        SynchronizedField("organisation"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name_plural = "people"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name
