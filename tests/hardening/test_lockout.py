"""Repeated failed logins lock a user name + address pair out for 15 minutes (django-axes)."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command
from django.test import Client
from freezegun import freeze_time

from tests.hardening.conftest import STRONG_PASSWORD

LOGIN_URL = "/admin/login/"
START = datetime.datetime(2025, 3, 3, 9, 0, tzinfo=datetime.UTC)


def attempt(client: Client, password: str, username: str = "root"):
    return client.post(LOGIN_URL, {"username": username, "password": password})


def is_signed_in(client: Client) -> bool:
    return client.get("/admin/").status_code == 200


def fail(client: Client, times: int, username: str = "root") -> list[int]:
    return [attempt(client, "wrong-password", username).status_code for _ in range(times)]


def test_the_lockout_is_configured(settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert datetime.timedelta(hours=settings.AXES_COOLOFF_TIME) == datetime.timedelta(minutes=15)
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"


def test_four_failures_still_allow_the_correct_password(client, superuser):
    assert fail(client, 4) == [200, 200, 200, 200]  # the login form again, with its error
    assert attempt(client, STRONG_PASSWORD).status_code == 302
    assert is_signed_in(client)


def test_five_failures_lock_out_even_the_correct_password(client, superuser):
    with freeze_time(START) as clock:
        statuses = fail(client, 5)
        assert statuses[:4] == [200, 200, 200, 200]
        assert statuses[4] == 429

        clock.tick(datetime.timedelta(minutes=5))
        response = attempt(client, STRONG_PASSWORD)
        assert response.status_code == 429
        content = response.content.decode()
        assert "Too many failed sign-in attempts" in content
        assert "15 minutes" in content
        assert "root" not in content  # says nothing about the account
        assert not is_signed_in(client)


def test_the_lock_lifts_after_the_cool_off(client, superuser):
    with freeze_time(START) as clock:
        fail(client, 5)
        clock.tick(datetime.timedelta(minutes=14))
        assert attempt(client, STRONG_PASSWORD).status_code == 429
        # Each attempt during the lockout restarts the 15 minutes.
        clock.tick(datetime.timedelta(minutes=14))
        assert attempt(client, STRONG_PASSWORD).status_code == 429
        clock.tick(datetime.timedelta(minutes=16))
        assert attempt(client, STRONG_PASSWORD).status_code == 302
        assert is_signed_in(client)


def test_an_administrator_can_lift_the_lock(client, superuser):
    fail(client, 5)
    assert attempt(client, STRONG_PASSWORD).status_code == 429
    call_command("axes_reset_username", "root", verbosity=0)
    assert attempt(client, STRONG_PASSWORD).status_code == 302


def test_the_lock_is_per_user_name_and_address(superuser, django_user_model):
    django_user_model.objects.create_user("editor", password=STRONG_PASSWORD)
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    fail(attacker, 5)
    assert attempt(attacker, STRONG_PASSWORD).status_code == 429
    # The same account from another address, and another account from the same address, still sign in.
    assert attempt(Client(REMOTE_ADDR="198.51.100.7"), STRONG_PASSWORD).status_code == 302
    assert attempt(attacker, STRONG_PASSWORD, username="editor").status_code == 302


@pytest.mark.parametrize("proxies", [0, 1])
def test_forwarded_addresses_count_only_behind_declared_proxies(superuser, settings, proxies):
    """Without a declared proxy, a forged X-Forwarded-For cannot give each attempt a fresh address."""
    settings.TRUSTED_PROXY_COUNT = proxies
    for number in range(5):
        client = Client(REMOTE_ADDR="10.0.0.1", headers={"x-forwarded-for": f"203.0.113.{number}"})
        attempt(client, "wrong-password")
    locked = attempt(
        Client(REMOTE_ADDR="10.0.0.1", headers={"x-forwarded-for": "203.0.113.99"}), STRONG_PASSWORD
    )
    assert locked.status_code == (429 if proxies == 0 else 302)


def test_a_successful_login_resets_the_failure_count(client, superuser):
    fail(client, 4)
    assert attempt(client, STRONG_PASSWORD).status_code == 302
    client.post("/admin/logout/")
    assert fail(client, 4) == [200, 200, 200, 200]
    assert attempt(client, STRONG_PASSWORD).status_code == 302


def test_public_pages_get_no_cookie_from_the_lockout(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    assert not response.cookies


def test_a_forged_unparsable_forwarded_address_falls_back_to_the_peer(superuser, settings):
    """Stored in an IP address column: junk must neither fail the login (PostgreSQL) nor dodge the lockout."""
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        junk = Client(REMOTE_ADDR="10.0.0.1", headers={"x-forwarded-for": "not-an-address"})
        assert attempt(junk, "wrong-password").status_code in (200, 429)
    locked = attempt(Client(REMOTE_ADDR="10.0.0.1", headers={"x-forwarded-for": "<script>"}), STRONG_PASSWORD)
    assert locked.status_code == 429
