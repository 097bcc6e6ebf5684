"""Recognising clients without cookies: the salt every worker shares, the proxy setting, the cache sweep."""

import datetime
import os
import time

import pytest
from django.test import RequestFactory

from impact import clients
from impact.bots import is_bot, load_patterns
from impact.cache import ImpactFileCache

DAY = datetime.date(2026, 4, 1)


def request(address="192.0.2.10", user_agent="Mozilla/5.0 Firefox/128.0", **meta):
    return RequestFactory().get("/en/", REMOTE_ADDR=address, HTTP_USER_AGENT=user_agent, **meta)


@pytest.fixture
def file_cache(tmp_path, settings):
    settings.CACHES = {
        **settings.CACHES,
        "impact": {"BACKEND": "impact.cache.ImpactFileCache", "LOCATION": str(tmp_path)},
    }
    settings.IMPACT_CACHE_ALIAS = "impact"
    from django.core.cache import caches

    yield caches["impact"]
    caches["impact"].clear()


def test_two_worker_processes_share_the_salt_through_the_file_cache(file_cache, tmp_path):
    salt = clients.daily_salt(DAY)
    # Another worker process has its own cache object on the same directory.
    other_worker = ImpactFileCache(str(tmp_path), {})
    assert other_worker.get(f"impact:salt:{DAY.isoformat()}") == salt
    assert clients.client_hash(request(), DAY) == clients.client_hash(request(), DAY)


def test_the_hash_changes_with_the_day_and_the_client(file_cache):
    today = clients.client_hash(request(), DAY)
    assert today != clients.client_hash(request(), DAY + datetime.timedelta(days=1))
    assert today != clients.client_hash(request(address="192.0.2.11"), DAY)
    assert today != clients.client_hash(request(user_agent="Mozilla/5.0 Safari/605"), DAY)
    assert "192.0.2.10" not in today and len(today) == 40


def test_the_file_cache_never_culls_live_entries_and_sweeps_dead_ones(file_cache, tmp_path):
    # Sessions are marked in the impact cache (first visits and downloads in the shared store).
    for index in range(400):  # more than Django's default MAX_ENTRIES (300)
        assert clients.starts_session(f"client-{index}")
    assert not clients.starts_session("client-0")
    old = time.time() - 4 * 24 * 3600
    files = sorted(tmp_path.iterdir())
    for path in files[:100]:
        os.utime(path, (old, old))
    assert clients.sweep_expired(file_cache) == 100
    assert len(list(tmp_path.iterdir())) == len(files) - 100


def test_a_new_days_salt_sweeps_the_cache(file_cache, tmp_path):
    clients.starts_session("yesterdays-client")
    old = time.time() - 4 * 24 * 3600
    for path in tmp_path.iterdir():
        os.utime(path, (old, old))
    clients.daily_salt(DAY)
    assert len(list(tmp_path.iterdir())) == 1  # only the new salt


@pytest.mark.parametrize(
    ("user_agent", "bot"),
    [
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", False),
        ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148", False),
        ("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36", False),
        ("Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)", True),
        ("Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", True),
        ("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko); compatible; ChatGPT-User/1.0", True),
        ("Go-http-client/2.0", True),
        ("Mozilla/5.0", True),
        ("   ", True),
    ],
)
def test_bot_list(user_agent, bot):
    assert is_bot(user_agent) is bot


def test_plain_lines_of_the_bot_list_are_substrings_not_regexes(tmp_path):
    listing = tmp_path / "bots.txt"
    listing.write_text("# comment\n\nsite.checker\n^curl/\n", encoding="utf-8")
    assert load_patterns(listing) == [r"site\.checker", "^curl/"]
