"""Error views that render with the site's own layout but leak nothing."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # Rendered without the request context: the failure may come from a context processor.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)
