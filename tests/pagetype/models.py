"""An event page, known only to the tests: it fills in the content contract (decnet.content) and nothing else,
and appears in search (with its own type label and facets), the sitemap and JSON-LD."""

from typing import Any

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page
from wagtail.search import index

from decnet import seo
from decnet.content import ContentPage, plain


class EventPage(ContentPage, Page):
    starts_on = models.DateField()
    summary = models.TextField(blank=True)
    city = models.CharField(max_length=100, blank=True)
    topics = ParentalManyToManyField("decnet.Topic", blank=True, related_name="+")

    search_type = "event"
    search_type_label = "Event"
    listing_date_field = "starts_on"
    facet_paths = {"topic": "topics__slug"}
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("city")]

    @property
    def listing_summary(self) -> str:
        return plain(self.summary)

    def structured_data(self, request) -> dict[str, Any]:
        return {
            "@context": seo.SCHEMA_CONTEXT,
            "@type": "Event",
            "name": self.title,
            "startDate": self.starts_on.isoformat(),
            "location": {"@type": "Place", "name": self.city},
            "url": seo.absolute_url(request, self),
        }
