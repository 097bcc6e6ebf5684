"""What the home page shows that other apps know: "in numbers" figures, one glossary term, and the routes
other apps serve below it (the topic and country hubs: ``decnet_home_routes``, see :func:`route_hooks`).

The foundation does not import the content apps or impact. Each app that has a figure for the home page
registers a function with the Wagtail hook ``decnet_home_figures``; the glossary registers one for
``decnet_home_term``::

    @hooks.register("decnet_home_figures")
    def products_figure(request, locale):
        return HomeFigure(value=..., label=ngettext(...), url=..., order=20)

A figure function receives the request and the home page's :class:`~wagtail.models.Locale` and returns a
:class:`HomeFigure` or None (nothing to say). Editors add their own figures (members, say) on the home page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from wagtail import hooks
from wagtail.models import Locale, Page

FIGURES_HOOK = "decnet_home_figures"
TERM_HOOK = "decnet_home_term"
ROUTES_HOOK = "decnet_home_routes"
# Editors' figures come after the live ones unless they say otherwise.
EDITOR_FIGURE_ORDER = 100


@dataclass(frozen=True)
class HomeFigure:
    """One figure of the home page's "in numbers": ``value`` shown large, ``label`` under it (already
    translated, in the right plural), an optional link, and a sort key."""

    value: int
    label: str
    url: str = ""
    order: int = 50


def home_figures(request: HttpRequest | None, locale: Locale, editor_figures=()) -> list[HomeFigure]:
    """The registered figures (those with a value above zero: "0 downloads" tells a reader nothing) and the
    editors' own, in order."""
    figures = []
    for figure_for in hooks.get_hooks(FIGURES_HOOK):
        figure = figure_for(request=request, locale=locale)
        if figure is not None and figure.value > 0:
            figures.append(figure)
    for position, row in enumerate(editor_figures):
        figures.append(HomeFigure(value=row.value, label=row.label, order=EDITOR_FIGURE_ORDER + position))
    return sorted(figures, key=lambda figure: figure.order)


def home_term(request: HttpRequest | None, locale: Locale) -> Page | None:
    """The glossary term the home page presents: the first one a registered function offers."""
    for term_for in hooks.get_hooks(TERM_HOOK):
        term = term_for(request=request, locale=locale)
        if term is not None:
            return term
    return None


def route_hooks() -> list:
    """The functions apps register with ``decnet_home_routes``: each returns URL patterns (django.urls.path)
    served below the home page, their views called as ``view(home_page, request, ...)``."""
    return list(hooks.get_hooks(ROUTES_HOOK))
