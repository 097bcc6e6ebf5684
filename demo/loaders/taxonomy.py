"""Regions, countries, topics and resource types (demo/content/taxonomy.json)."""

from __future__ import annotations

from decnet.models import Country, Person, Region, Topic
from demo.data import SOURCE_LANGUAGE, collection
from resources.models import ResourceType

taxonomy = collection("taxonomy")
people = collection("people")


class TaxonomyLoader:
    """Taxonomy snippets in English, then in each translation."""

    def load_taxonomy(self) -> None:
        for slug, entry in taxonomy.regions.items():
            self.regions[slug] = self.upsert_snippet(
                Region, "regions", {"slug": slug}, dict(entry[SOURCE_LANGUAGE])
            )
        for code, entry in taxonomy.countries.items():
            values = {"name": entry[SOURCE_LANGUAGE]["name"], "region": self.regions[entry["region"]]}
            self.countries[code] = self.upsert_snippet(Country, "countries", {"code": code}, values)
        for slug, entry in taxonomy.topics.items():
            self.topics[slug] = self.upsert_snippet(
                Topic, "topics", {"slug": slug}, dict(entry[SOURCE_LANGUAGE])
            )
        for slug, entry in taxonomy.resource_types.items():
            self.resource_types[slug] = self.upsert_snippet(
                ResourceType, "resource types", {"slug": slug}, dict(entry[SOURCE_LANGUAGE])
            )

    def translate_taxonomy(self, code: str) -> None:
        """Translations of the regions, countries, topics, resource types and people that have `code` text."""
        found = self.translated_snippets[code]
        for slug, entry in taxonomy.regions.items():
            if code in entry:
                found["regions", slug] = self.upsert_snippet(
                    Region, "regions", {"slug": slug}, dict(entry[code]), code
                )
        for country_code, entry in taxonomy.countries.items():
            if code in entry:
                values = {
                    "name": entry[code]["name"],
                    "region": self.snippet(code, "regions", entry["region"]),
                }
                found["countries", country_code] = self.upsert_snippet(
                    Country, "countries", {"code": country_code}, values, code
                )
        for slug, entry in taxonomy.topics.items():
            if code in entry:
                found["topics", slug] = self.upsert_snippet(
                    Topic, "topics", {"slug": slug}, dict(entry[code]), code
                )
        for slug, entry in taxonomy.resource_types.items():
            if code in entry:
                found["resource types", slug] = self.upsert_snippet(
                    ResourceType, "resource types", {"slug": slug}, dict(entry[code]), code
                )
        for slug, entry in people.people.items():
            if code in entry:
                source = self.people[slug]
                # Name and organisation are the person's own (synchronised fields in wagtail-localize).
                values = {
                    "name": source.name,
                    "organisation": source.organisation,
                    **entry[code],
                    "photo": source.photo,
                }
                found["people", slug] = self.upsert_snippet(Person, "people", {"slug": slug}, values, code)
