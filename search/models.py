"""Search query log: one row per normalised query per day, so editors see what readers look for.

No personal data: no IP address, user, session or full request is stored, only the normalised words.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchQueryDay(models.Model):
    """How often a normalised query was searched on one day, and how often it found nothing."""

    date = models.DateField(_("date"), db_index=True)
    query = models.CharField(_("query"), max_length=255)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_hits = models.PositiveIntegerField(_("searches without results"), default=0)
    last_total = models.PositiveIntegerField(_("results at the last search"), default=0)

    class Meta:
        verbose_name = _("search query (daily)")
        verbose_name_plural = _("search queries (daily)")
        constraints = [models.UniqueConstraint(fields=["date", "query"], name="search_query_day_unique")]
        ordering = ["-date", "-hits"]

    def __str__(self) -> str:
        return f"{self.date}: {self.query} ({self.hits})"
