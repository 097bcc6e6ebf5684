"""The facets' filters as the listings and the search page show them (the ``facet_fieldsets`` tag)."""

import pytest
from bs4 import BeautifulSoup
from django.template import engines
from django.utils import translation

from catalogue.facets import TOPIC, YEAR, FacetBucket, FacetGroup

pytestmark = pytest.mark.database_free


def render(groups, form_id: str = "") -> BeautifulSoup:
    template = engines["django"].from_string("{% load catalogue_tags %}{% facet_fieldsets groups form_id %}")
    return BeautifulSoup(template.render({"groups": groups, "form_id": form_id}), "html.parser")


def topics(selected: str = "") -> FacetGroup:
    return FacetGroup(
        TOPIC,
        [
            FacetBucket("fiscal", 'Fiscal <decentralization> & "grants"', 12, selected == "fiscal"),
            FacetBucket('x" onfocus="alert(1)', "Local elections", 3, selected == "elections"),
        ],
    )


def years(selected: str = "") -> FacetGroup:
    return FacetGroup(YEAR, [FacetBucket(year, year, 2, year == selected) for year in ("2025", "2024")])


def test_a_multi_select_facet_is_checkboxes_with_counts_escaped_and_selected_values_checked():
    soup = render([topics(selected="fiscal")])
    assert soup.fieldset.legend.text == "Topic"
    inputs = soup.select("ul.facet-list input")
    assert [field["type"] for field in inputs] == ["checkbox", "checkbox"]
    assert [field["name"] for field in inputs] == ["topic", "topic"]
    assert [field["value"] for field in inputs] == ["fiscal", 'x" onfocus="alert(1)']
    assert [field.has_attr("checked") for field in inputs] == [True, False]
    assert not any(field.has_attr("onfocus") for field in inputs)
    labels = [label.get_text(" ", strip=True) for label in soup.select("label")]
    assert labels == ['Fiscal <decentralization> & "grants" (12)', "Local elections (3)"]
    assert soup.find("decentralization") is None


@pytest.mark.parametrize(("selected", "checked"), [("", ""), ("2024", "2024")])
def test_a_single_select_facet_is_radio_buttons_led_by_any(selected, checked):
    inputs = render([years(selected)]).select("input")
    assert [field["type"] for field in inputs] == ["radio"] * 3
    assert [field["value"] for field in inputs] == ["", "2025", "2024"]
    assert [field["value"] for field in inputs if field.has_attr("checked")] == [checked]


def test_the_inputs_belong_to_the_form_named_and_any_is_translated():
    with translation.override("fr"):
        soup = render([topics(), years()], form_id="search-form")
    assert len(soup.select("fieldset")) == 2
    assert {field["form"] for field in soup.select("input")} == {"search-form"}
    assert soup.select("label")[2].get_text(strip=True) == "Tous"
    assert not render([topics()]).select("input[form]")
