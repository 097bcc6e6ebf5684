"""Reader-facing search page (the query layer arrives with the search issue)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10


def search_page(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        page_obj = paginator.page(1)
    return render(request, "search/search_page.html", {"query": query, "page_obj": page_obj})
