"""Search query log: one row per normalised query, language and day, so editors see what readers look for;
and the queries editors keep out of "Popular searches".

No personal data: no IP address, user, session or full request is stored, only the normalised words, the
language and counts. Distinct clients are counted with the site's daily keyed hash (``traffic.clienthash``),
which only ever lives in a short-lived key of the shared store, never in these tables (docs/search.md).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from search.text import normalise_query


class SearchQueryDay(models.Model):
    """How often a normalised query was searched in one language on one day, how often it found nothing, how
    often only its corrected spelling found something, and by how many distinct clients among the searches
    that found something as typed."""

    date = models.DateField(_("date"), db_index=True)
    # The language the reader searched in (the page's, or the API's lang); "" when unknown (the API's
    # lang=all, and the rows logged before the language was recorded).
    language = models.CharField(_("language"), max_length=12, blank=True, default="")
    query = models.CharField(_("query"), max_length=255)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_hits = models.PositiveIntegerField(_("searches without results"), default=0)
    # Searches whose words as typed found nothing and whose results came from the corrected spelling ("did
    # you mean"): neither searches without results nor searches that found results (search.querylog).
    corrected_hits = models.PositiveIntegerField(_("searches answered by a corrected spelling"), default=0)
    last_total = models.PositiveIntegerField(_("results at the last search"), default=0)
    clients = models.PositiveIntegerField(_("distinct clients who found results"), default=0)

    class Meta:
        verbose_name = _("search query (daily)")
        verbose_name_plural = _("search queries (daily)")
        constraints = [
            models.UniqueConstraint(fields=["date", "language", "query"], name="search_query_day_unique")
        ]
        ordering = ["-date", "-hits"]

    def __str__(self) -> str:
        return f"{self.date}: {self.query} [{self.language or '-'}] ({self.hits})"


class HiddenSearchQuery(models.Model):
    """A query editors keep out of "Popular searches" in every language (junk, a name, an insult...)."""

    query = models.CharField(
        _("query"),
        max_length=255,
        unique=True,
        help_text=_("Stored as searched: lower case, words only. It is hidden in every language."),
    )
    reason = models.CharField(_("reason"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("hidden on"), auto_now_add=True)

    class Meta:
        verbose_name = _("hidden popular search")
        verbose_name_plural = _("hidden popular searches")
        ordering = ["query"]

    def __str__(self) -> str:
        return self.query

    def save(self, *args, **kwargs) -> None:
        self.query = normalise_query(self.query)[:255]
        super().save(*args, **kwargs)

    def clean(self) -> None:
        # Normalised before the uniqueness check, so "Junk!" and "junk" are one hidden query.
        self.query = normalise_query(self.query)[:255]
        if not self.query:
            raise ValidationError({"query": _("Enter at least one word.")})


class FacetValue(models.Model):
    """One value of one facet of one page, as the database index holds it: written with the page's index
    entry (search.facet_rows), as an engine keeps the same values in each document's ``facet_<name>``
    fields. The database backends count facets from these rows (search.faceting)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", db_index=False)
    facet = models.CharField(max_length=64)
    value = models.TextField()

    class Meta:
        constraints = [
            # Also the index a count joins the matching pages through (its first column is the page).
            models.UniqueConstraint(fields=["page", "facet", "value"], name="search_facet_value_unique")
        ]

    def __str__(self) -> str:
        return f"{self.page_id} {self.facet}={self.value}"
