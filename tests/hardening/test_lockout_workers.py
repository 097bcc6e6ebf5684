"""The sign-in lockout holds site-wide: failures counted by any gunicorn worker add up, and a worker restart
forgets nothing (issue 17, point 3). django-axes keeps its failure records in the database every worker
shares; this test proves it on a real server with two workers, over real connections."""

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.hardening.conftest import STRONG_PASSWORD
from tests.hardening.server import gunicorn

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LOGIN = "/admin/login/"
_CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Browser:
    """Cookies and the CSRF token, as a reader's browser keeps them; a new connection per request, so that
    gunicorn's workers take turns answering."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoRedirect
        )

    def request(self, path: str, form: dict | None = None) -> tuple[int, str]:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        request = urllib.request.Request(self.base_url + path, data=data)
        if data is not None:
            request.add_header("Referer", self.base_url + path)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def sign_in(self, password: str) -> int:
        status, form_page = self.request(LOGIN)
        assert status == 200, form_page[:300]
        token = _CSRF_FIELD.search(form_page).group(1)
        fields = {"csrfmiddlewaretoken": token, "username": "root", "password": password, "next": "/admin/"}
        return self.request(LOGIN, fields)[0]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a successful sign-in answers 302: keep it as the status


def test_five_failures_across_two_workers_lock_out_and_a_restart_keeps_the_lock(superuser, tmp_path):
    with gunicorn(tmp_path, workers=2) as server:
        browser = Browser(server.base_url)
        failures = [browser.sign_in("wrong-password") for _ in range(5)]
        server.restart_workers()
        after_restart = browser.sign_in(STRONG_PASSWORD)
        other_reader = Browser(server.base_url).sign_in(STRONG_PASSWORD)
    assert failures == [200, 200, 200, 200, 429]
    assert after_restart == 429
    assert other_reader == 429  # the same user name from the same address: the pair is locked, not a cookie


def test_the_correct_password_still_signs_in_after_four_failures_across_workers(superuser, tmp_path):
    """The control: the same server and browser, one failure fewer, signs in (302 to the admin)."""
    with gunicorn(tmp_path, workers=2) as server:
        browser = Browser(server.base_url)
        failures = [browser.sign_in("wrong-password") for _ in range(4)]
        signed_in = browser.sign_in(STRONG_PASSWORD)
    assert failures == [200, 200, 200, 200]
    assert signed_in == 302
