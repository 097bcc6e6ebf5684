"""The glossary's place in the site: the reference index offered beside search ("Browse the glossary")."""

from wagtail import hooks

from glossary.models import GlossaryPage


@hooks.register("decnet_reference_index")
def glossary_index() -> type[GlossaryPage]:
    return GlossaryPage
