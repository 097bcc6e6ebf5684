"""The home page tells LPSA's story from live data: figures from the content apps (through the
``decnet_home_figures`` hook), editors' own figures, a glossary term, topics, a search field."""

import datetime

import pytest
from wagtail import hooks

from decnet.home import HomeFigure, home_figures
from decnet.models import HomePageFigure
from glossary.wagtail_hooks import term_of_the_day
from tests.factories import (
    GlossaryTermPageFactory,
    ResourcePageFactory,
    TopicFactory,
)
from tests.i18n.conftest import translate_page


def figure_values(html: str) -> list[str]:
    import re

    return re.findall(r'<span class="figure__value">([^<]+)</span>', html)


@pytest.mark.django_db
def test_figures_count_products_terms_and_languages_of_the_home_language(
    client, home_page, library, glossary, translated_home
):
    for _ in range(3):
        ResourcePageFactory(parent=library)
    for _ in range(2):
        GlossaryTermPageFactory(parent=glossary)
    figures = {f.order: f for f in home_figures(None, home_page.locale)}
    assert figures[20].value == 3 and "knowledge products" in figures[20].label
    assert figures[20].url == library.url
    assert figures[30].value == 2 and "terms" in figures[30].label
    assert figures[40].value == 5 and figures[40].label == "languages"

    html = client.get("/en/").text
    assert figure_values(html)[:3] == ["3", "2", "5"]


@pytest.mark.django_db
def test_a_figure_of_zero_is_not_shown(client, home_page):
    orders = [figure.order for figure in home_figures(None, home_page.locale)]
    assert 20 not in orders and 30 not in orders  # no products, no terms yet
    assert 40 in orders  # the site is readable in one language


@pytest.mark.django_db
def test_editors_add_their_own_figure_after_the_live_ones(client, home_page, library):
    ResourcePageFactory(parent=library)
    home_page.figures.add(HomePageFigure(value=2443, label="members of the Community of Practice"))
    home_page.save_revision().publish()
    html = client.get("/en/").text
    assert "members of the Community of Practice" in html
    assert figure_values(html)[-1] == "2,443" or figure_values(html)[-1] == "2443"
    assert html.index("knowledge product") < html.index("members of the Community of Practice")


@pytest.mark.django_db
def test_any_app_can_register_a_figure(home_page):
    def visitors(request, locale):
        return HomeFigure(value=7, label="visitors", order=1)

    with hooks.register_temporarily("decnet_home_figures", visitors):
        figures = home_figures(None, home_page.locale)
    assert figures[0] == HomeFigure(value=7, label="visitors", order=1)


@pytest.mark.django_db
def test_term_of_the_day_changes_daily_and_stays_in_the_language(home_page, glossary, translated_home):
    terms = [GlossaryTermPageFactory(parent=glossary, title=f"Term {n}") for n in range(3)]
    day = datetime.date(2026, 12, 1)
    picked = [term_of_the_day(home_page.locale, day + datetime.timedelta(days=n)) for n in range(3)]
    assert {term.pk for term in picked} == {term.pk for term in terms}
    assert term_of_the_day(translated_home["fr"].locale, day) is None  # no French terms yet


@pytest.mark.django_db
def test_home_shows_search_topics_term_and_lead(client, home_page, glossary):
    GlossaryTermPageFactory(parent=glossary, title="Fiscal decentralization")
    TopicFactory(name="Local finance", slug="local-finance")
    html = client.get("/en/").text
    assert 'id="home-q"' in html and 'name="q"' in html
    assert "Fiscal decentralization" in html and "From the glossary" in html
    assert 'href="/en/topics/local-finance/"' in html  # topic chips lead to the topic's hub
    assert 'class="hero"' in html


@pytest.mark.django_db
def test_french_home_counts_french_content(client, home_page, library, translated_home):
    product = ResourcePageFactory(parent=library)
    ResourcePageFactory(parent=library)
    translate_page(library, "fr", title="Bibliothèque")
    translate_page(product, "fr", title="Produit")
    figures = {f.order: f for f in home_figures(None, translated_home["fr"].locale)}
    assert figures[20].value == 1
