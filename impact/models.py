"""Daily aggregates of what readers did: page views, visitors, sessions and downloads.

Only counts are stored. Nothing here identifies a reader: no IP address, no user agent, no hash (the
short-lived salted hashes used to recognise a returning client live only in the cache, see impact/clients.py).

The foreign keys have no database constraint and do nothing on delete, so the figures of a page or document
that is later deleted stay in the totals (the annual report must not shrink when an editor tidies up).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


def _kept_reference(to: str) -> models.ForeignKey:
    return models.ForeignKey(to, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")


class DailyPageViews(models.Model):
    """Views of one public page (one locale's page) on one day."""

    date = models.DateField()
    page = _kept_reference("wagtailcore.Page")
    views = models.PositiveIntegerField(default=0)

    wagtail_reference_index_ignore = True

    class Meta:
        default_permissions = ()
        constraints = [models.UniqueConstraint(fields=["date", "page"], name="impact_page_views_per_day")]
        verbose_name = _("daily page views")
        verbose_name_plural = _("daily page views")

    def __str__(self) -> str:
        return f"{self.date} page {self.page_id}: {self.views}"


class DailyVisits(models.Model):
    """Estimated unique visitors and sessions (clients asking not to be tracked omitted)."""

    date = models.DateField(unique=True)
    visitors = models.PositiveIntegerField(default=0)
    sessions = models.PositiveIntegerField(default=0)

    wagtail_reference_index_ignore = True

    class Meta:
        default_permissions = ()
        # The dashboard permission needs a model to hang on; this one is as good as any.
        permissions = [("view_dashboard", _("Can view the impact dashboard"))]
        verbose_name = _("daily visits")
        verbose_name_plural = _("daily visits")

    def __str__(self) -> str:
        return f"{self.date}: {self.visitors} visitors, {self.sessions} sessions"


class DailyDocumentDownloads(models.Model):
    """Counted downloads of one document file on one day: the source of total downloads."""

    date = models.DateField()
    document = _kept_reference("wagtaildocs.Document")
    downloads = models.PositiveIntegerField(default=0)

    wagtail_reference_index_ignore = True

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["date", "document"], name="impact_document_downloads_per_day")
        ]
        verbose_name = _("daily document downloads")
        verbose_name_plural = _("daily document downloads")

    def __str__(self) -> str:
        return f"{self.date} document {self.document_id}: {self.downloads}"


class DailyProductDownloads(models.Model):
    """Downloads of one file attributed to one knowledge product, in the file's language, on one day.

    A file linked from several knowledge products is attributed to each of them, so the sum over products can
    exceed the total downloads; translations of one product count as one product (see services).
    """

    date = models.DateField()
    document = _kept_reference("wagtaildocs.Document")
    product = _kept_reference("resources.ResourcePage")
    language = models.CharField(max_length=8)
    downloads = models.PositiveIntegerField(default=0)

    wagtail_reference_index_ignore = True

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["date", "document", "product", "language"], name="impact_product_downloads_per_day"
            )
        ]
        verbose_name = _("daily product downloads")
        verbose_name_plural = _("daily product downloads")

    def __str__(self) -> str:
        return f"{self.date} product {self.product_id} document {self.document_id} ({self.language})"
