"""People (demo/content/people.json), with generated portraits."""

from __future__ import annotations

from decnet.models import Person
from demo import files
from demo.data import SOURCE_LANGUAGE, collection

people = collection("people")


class PeopleLoader:
    """People snippets and their portraits."""

    def load_people(self) -> None:
        for slug, entry in people.people.items():
            photo = self.image(
                f"Portrait: {slug}",
                f"portrait-{slug}.png",
                lambda e=entry, s=slug: files.portrait_png(s, e["name"]),
                description=f"{entry['name']}, shown by their initials on a coloured disc.",
            )
            values = {"name": entry["name"], **entry[SOURCE_LANGUAGE], "photo": photo}
            self.people[slug] = self.upsert_snippet(Person, "people", {"slug": slug}, values)
