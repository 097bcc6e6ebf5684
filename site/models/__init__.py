from .footer import FooterSettings, FooterText
from .pages import HomePage, HomePageFeaturedItem, HomePageFigure, StandardPage
from .taxonomy import Country, Person, Region, Topic

__all__ = [
    "Country",
    "FooterSettings",
    "FooterText",
    "HomePage",
    "HomePageFeaturedItem",
    "HomePageFigure",
    "Person",
    "Region",
    "StandardPage",
    "Topic",
]
