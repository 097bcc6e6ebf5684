"""The sign-in lockout holds site-wide: failures counted by any gunicorn worker add up, and a worker restart
forgets nothing (issue 17, point 3). django-axes keeps its failure records in the database every worker
shares; this test proves it on a real server with two workers, over real connections."""

import pytest

from tests.hardening.conftest import STRONG_PASSWORD
from tests.hardening.server import Browser, gunicorn

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LOGIN = "/admin/login/"


def sign_in(browser: Browser, password: str) -> int:
    return browser.post_form(LOGIN, {"username": "root", "password": password, "next": "/admin/"})


def test_five_failures_across_two_workers_lock_out_and_a_restart_keeps_the_lock(superuser, tmp_path):
    with gunicorn(tmp_path, workers=2) as server:
        browser = Browser(server.base_url, timeout=30)
        failures = [sign_in(browser, "wrong-password") for _ in range(5)]
        server.restart_workers()
        after_restart = sign_in(browser, STRONG_PASSWORD)
        other_reader = sign_in(Browser(server.base_url, timeout=30), STRONG_PASSWORD)
    assert failures == [200, 200, 200, 200, 429]
    assert after_restart == 429
    assert other_reader == 429  # the same user name from the same address: the pair is locked, not a cookie


def test_the_correct_password_still_signs_in_after_four_failures_across_workers(superuser, tmp_path):
    """The control: the same server and browser, one failure fewer, signs in (302 to the admin)."""
    with gunicorn(tmp_path, workers=2) as server:
        browser = Browser(server.base_url, timeout=30)
        failures = [sign_in(browser, "wrong-password") for _ in range(4)]
        signed_in = sign_in(browser, STRONG_PASSWORD)
    assert failures == [200, 200, 200, 200]
    assert signed_in == 302
