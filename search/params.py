"""The parameters of a search, validated: the same rules for the search page, the JSON API and the OpenAPI
document. Each facet's field and its one validator come from the facet declarations (catalogue.facets)."""

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    create_model,
)

from catalogue import facets as facet_layer
from catalogue.facets import Facet
from multilingual import languages
from search.text import shorten

QUERY_MAX_LENGTH = 200
PAGE_SIZE_DEFAULT = 10
PAGE_SIZE_MAX = 50
SUGGESTIONS_MAX = 10

SortOrder = Literal["relevance", "newest"]

# The facets of search, in the order readers see them. Adding a facet to search is one entry here.
SEARCH_FACETS: tuple[Facet, ...] = (
    facet_layer.TYPE,
    facet_layer.TOPIC,
    facet_layer.REGION,
    facet_layer.COUNTRY,
    facet_layer.YEAR,
)


# The values of ``lang``: every language of the table (multilingual.languages), and "all". A Literal, so the
# OpenAPI document lists them as an enum.
LANGUAGE_VALUES: tuple[str, ...] = (*(language.code for language in languages.LANGUAGE_TABLE), "all")
Language = Literal[LANGUAGE_VALUES]  # type: ignore[valid-type]


class BaseSearchParams(BaseModel):
    """What a search asks for besides its facets, validated: the same rules for the page and for the API."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    q: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=QUERY_MAX_LENGTH)] = (
        Field(description="The words to search for (1–200 characters).", pattern=r"\S")
    )
    lang: Language | None = Field(
        None, description="Language code of the pages to search, or 'all'. Default: the site's main language."
    )
    sort: SortOrder = Field("relevance", description="relevance (default) or newest.")
    page: int = Field(1, ge=1, le=1_000_000, description="Page of results, from 1.")
    page_size: int = Field(PAGE_SIZE_DEFAULT, ge=1, le=PAGE_SIZE_MAX, description="Results per page (1–50).")


@dataclass(frozen=True, eq=False)
class _FacetValueSchema:
    """Adds the facet's own description of its values (``Facet.value_schema``) to the parameter's JSON schema
    when the OpenAPI document is generated, so the document accepts exactly what the validator accepts."""

    facet: Facet

    def __get_pydantic_json_schema__(self, core_schema, handler) -> dict[str, Any]:
        return {**handler(core_schema), **self.facet.value_schema()}


def _facet_field(facet: Facet) -> tuple[Any, Any]:
    value = Annotated[str, AfterValidator(facet.validate), _FacetValueSchema(facet)]
    legend = str(facet.legend)
    if facet.multi:
        description = f"{legend}: values to keep (repeatable; a result needs one of them)."
        return list[value], Field(default_factory=list, max_length=facet.max_values, description=description)
    return value | None, Field(None, description=f"{legend}: one value to keep.")


@cache
def params_model(search_facets: tuple[Facet, ...]) -> type[BaseSearchParams]:
    """The parameters model of a search with these facets: each facet's field and its one validator."""
    fields = {facet.parameter: _facet_field(facet) for facet in search_facets}
    return create_model("SearchParams", __base__=BaseSearchParams, **fields)


SearchParams = params_model(SEARCH_FACETS)


def parse_params(data: Mapping, *, lenient: bool = False) -> BaseSearchParams:
    """Build the search parameters from a QueryDict. ``lenient`` (the HTML page) drops invalid values instead
    of raising, and cuts an over-long query to 200 characters, so a bad link still shows a useful page."""
    model = params_model(SEARCH_FACETS)
    list_fields = {facet.parameter for facet in SEARCH_FACETS if facet.multi}
    raw: dict = {}
    for name in model.model_fields:
        if name in list_fields:
            values = data.getlist(name) if hasattr(data, "getlist") else list(data.get(name) or [])
            if values:
                raw[name] = values
        elif data.get(name) is not None:
            raw[name] = data.get(name)
    if not lenient:
        return model.model_validate(raw)

    raw["q"] = shorten(str(raw.get("q", "")), QUERY_MAX_LENGTH)[0]
    for facet in SEARCH_FACETS:
        if facet.multi and facet.parameter in raw:
            raw[facet.parameter] = raw[facet.parameter][: facet.max_values]
    for _attempt in range(64):
        try:
            return model.model_validate(raw)
        except ValidationError as error:
            for problem in error.errors():
                location = problem["loc"]
                if not location or location[0] not in raw or location[0] == "q":
                    raise
                name = location[0]
                if name in list_fields and len(location) > 1 and isinstance(location[1], int):
                    raw[name] = [v for i, v in enumerate(raw[name]) if i != location[1]]
                else:
                    raw.pop(name)
                break
    raise ValueError("could not make the search parameters valid")
