from .pages import HomePage, HomePageFeaturedItem, StandardPage
from .taxonomy import Country, Person, Region, Topic

__all__ = ["Country", "HomePage", "HomePageFeaturedItem", "Person", "Region", "StandardPage", "Topic"]
