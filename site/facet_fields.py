"""Interim: the indexed facet filter fields (``facet_<name>``) of the content pages.

Each facet a page can be filtered by is indexed as ``index.FilterField("facet_<name>")`` on a property that
returns the page's value codes (a list of strings): ``facet_type`` (the result type code), ``facet_topic``
(topic slugs), ``facet_country`` (upper-case ISO codes), ``facet_region`` (region slugs), ``facet_year``
("YYYY" of the date readers see). Engines filter and count on these fields (search/engine_facets.py).
The content contract of issue 12 (branch h12) declares the same names; this mixin gives way to it on merge.
"""

from wagtail.search import index

FACET_NAMES = ("type", "topic", "country", "region", "year")


class IndexedFacets:
    """Mixin for a content page model: ``facet_type_code`` and ``facet_date_field`` to declare."""

    facet_type_code: str = "page"
    facet_date_field: str | None = None

    def __init_subclass__(cls, **kwargs) -> None:
        # Engines name a field after the class defining it (``blog_blogpostpage__facet_topic_filter``):
        # each page model gets the properties in its own namespace.
        super().__init_subclass__(**kwargs)
        for name in FACET_NAMES:
            setattr(cls, f"facet_{name}", IndexedFacets.__dict__[f"facet_{name}"])

    @classmethod
    def facet_index_fields(cls, *names: str) -> list[index.FilterField]:
        return [index.FilterField(f"facet_{name}") for name in names]

    @property
    def facet_type(self) -> list[str]:
        return [self.facet_type_code]

    @property
    def facet_topic(self) -> list[str]:
        return sorted({topic.slug for topic in self.topics.all()})

    @property
    def facet_country(self) -> list[str]:
        return sorted({country.code.upper() for country in self.countries.all()})

    @property
    def facet_region(self) -> list[str]:
        return sorted({country.region.slug for country in self.countries.select_related("region")})

    @property
    def facet_year(self) -> list[str]:
        date = getattr(self, self.facet_date_field) if self.facet_date_field else None
        if date is None and self.first_published_at:
            date = self.first_published_at.date()
        return [f"{date.year:04d}"] if date else []
