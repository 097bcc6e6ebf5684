"""The glossary's figure and its term of the day on the home page (see decnet.home)."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.models import Locale

from decnet.home import HomeFigure
from glossary.models import GlossaryPage, GlossaryTermPage


def _live_terms(locale: Locale):
    return GlossaryTermPage.objects.live().public().filter(locale=locale)


@hooks.register("decnet_home_figures")
def terms_figure(request, locale: Locale) -> HomeFigure:
    """How many terms the glossary defines in the home page's language."""
    count = _live_terms(locale).count()
    glossary = GlossaryPage.objects.live().public().filter(locale=locale).first()
    label = ngettext("term defined in the glossary", "terms defined in the glossary", count)
    return HomeFigure(value=count, label=label, url=glossary.url if glossary else "", order=30)


def term_of_the_day(locale: Locale, day: datetime.date) -> GlossaryTermPage | None:
    """One term a day, going through the glossary in a fixed order (the same term all day, for every
    reader and every cache)."""
    terms = _live_terms(locale).order_by("path")
    count = terms.count()
    if not count:
        return None
    return terms[day.toordinal() % count]


@hooks.register("decnet_home_term")
def home_term(request, locale: Locale) -> GlossaryTermPage | None:
    return term_of_the_day(locale, timezone.localdate())
