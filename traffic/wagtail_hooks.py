"""Pages are recorded as they are served (traffic.served); documents in traffic/apps.py."""

from wagtail import hooks

from traffic import served


# order=10: inside Wagtail's own view-restriction wrapper (order 0), so a password form is never recorded.
@hooks.register("on_serve_page", order=10)
def record_served_page(next_serve):
    """Record the page a request serves, or that it served one of the page's extra routes."""

    def serve(page, request, args, kwargs):
        served.record(request, served.PAGE_ROUTE if served.is_page_route(request) else served.PAGE, page)
        return next_serve(page, request, args, kwargs)

    return serve
