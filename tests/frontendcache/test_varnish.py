"""The frontend cache (issue 18, point 4): a real varnishd with the repository's VCL before a real gunicorn.

Pages come from Varnish, a publish is visible through it within 2 s, a reader's view is counted exactly once
whether Varnish or the site answered it (hits from Varnish's log, by the site's rules), and documents go to
the site every time, keeping their safety headers and their counts.

varnishd comes from Debian's `varnish` package (scripts/services/varnish.sh installs it). Without it these
tests skip, except in CI (CI=true or CI_REQUIRE_SERVICES=true), where they fail. Ports are chosen at run time.
"""

from __future__ import annotations

import http.client
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.db import connection
from wagtail.test.utils.form_data import nested_form_data, streamfield

from scripts.serve import free_port
from tests.factories import StandardPageFactory
from tests.hardening.server import Browser, Server, gunicorn
from tests.impact.conftest import BROWSER, make_document

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PROJECT = Path(__file__).resolve().parents[2]
VARNISH = PROJECT / "scripts" / "services" / "varnish.sh"
_TRUE = {"1", "true", "yes", "on"}
CRAWLERS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "curl/8.1.2",
    "",
]


def require_varnishd() -> None:
    if shutil.which("varnishd") or os.access("/usr/sbin/varnishd", os.X_OK):
        return
    message = "varnishd is not installed (apt-get install varnish, or scripts/services/varnish.sh start)"
    if {os.environ.get(name, "").lower() for name in ("CI", "CI_REQUIRE_SERVICES")} & _TRUE:
        pytest.fail(message)
    pytest.skip(message)


@dataclass
class Frontend:
    url: str  # Varnish
    server: Server  # gunicorn behind it
    env: dict[str, str]  # the site's settings, for commands run against its database
    hit_log: Path

    def get(self, path: str, method: str = "GET", **headers: str) -> tuple[int, dict[str, str], bytes]:
        host, port = self.url.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        try:
            conn.request(method, path, headers={k.replace("_", "-"): v for k, v in headers.items()})
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()

    def manage(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    def logged_hits(self, expected: int, timeout: float = 10) -> int:
        """Wait until varnishncsa has written ``expected`` lines (it writes after each request ends)."""
        deadline = time.monotonic() + timeout
        while True:
            lines = self.hit_log.read_bytes().count(b"\n") if self.hit_log.exists() else 0
            if lines >= expected or time.monotonic() > deadline:
                return lines
            time.sleep(0.05)

    def total(self, table: str, column: str, key: str, value: int) -> int:
        """A count as the site wrote it (its own database: a file copy on SQLite, the test database on PG)."""
        sql = f"SELECT COALESCE(SUM({column}), 0) FROM {table} WHERE {key} = %s"
        if connection.vendor == "sqlite":
            with sqlite3.connect(self.server.database_url.removeprefix("sqlite:///")) as db:
                return db.execute(sql.replace("%s", "?"), (value,)).fetchone()[0]
        with connection.cursor() as cursor:
            cursor.execute(sql, [value])
            return cursor.fetchone()[0]


@contextmanager
def varnish_in_front(tmp_path: Path) -> Iterator[Frontend]:
    require_varnishd()
    varnish_port = free_port()
    env = {
        "FRONTEND_CACHE_URL": f"http://127.0.0.1:{varnish_port}",
        "TRUSTED_PROXY_COUNT": "1",  # Varnish
        "IMPACT_FLUSH_SECONDS": "0",  # counts written at once, so the test can read them
    }
    with gunicorn(tmp_path / "site", workers=1, env=env) as server:
        services = {
            **os.environ,
            "SERVICES_DIR": str(tmp_path / "services"),
            "VARNISH_PORT": str(varnish_port),
            "VARNISH_BACKEND": server.base_url.removeprefix("http://"),
        }
        subprocess.run([VARNISH, "start"], env=services, check=True, capture_output=True, timeout=120)
        try:
            site_env = {
                **os.environ,
                **env,
                "DJANGO_SETTINGS_MODULE": "decnet.settings.test",
                "DATABASE_URL": server.database_url,
            }
            log = Path(subprocess.check_output([VARNISH, "log"], env=services, text=True).strip())
            yield Frontend(f"http://127.0.0.1:{varnish_port}", server, site_env, log)
        finally:
            subprocess.run([VARNISH, "stop"], env=services, capture_output=True, timeout=60)


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About LPSA", slug="about")


def views(frontend: Frontend, page) -> int:
    return frontend.total("impact_dailypageviews", "views", "page_id", page.pk)


def test_pages_come_from_varnish_and_a_publish_is_visible_within_two_seconds(about, moderator, tmp_path):
    with varnish_in_front(tmp_path) as frontend:
        first = frontend.get(about.url, user_agent=BROWSER)
        second = frontend.get(about.url, user_agent=BROWSER, cookie="_ga=GA1.2.3; csrftoken=x")
        assert first[0] == second[0] == 200
        assert (first[1]["x-frontend-cache"], second[1]["x-frontend-cache"]) == ("miss", "hit")
        assert second[2] == first[2] and b"About LPSA" in second[2]
        # What only Varnish reads does not reach readers; a hit has a request id of its own.
        assert not {"surrogate-control", "x-frontend-page"} & set(second[1])
        assert second[1]["x-request-id"] != first[1]["x-request-id"]
        # Signed-in users, the admin and HEAD requests always reach the site.
        assert frontend.get(about.url, cookie="sessionid=abc")[1]["x-frontend-cache"] == "miss"
        assert frontend.get("/admin/login/")[1]["x-frontend-cache"] == "miss"
        assert frontend.get("/admin/login/")[1]["x-frontend-cache"] == "miss"

        # An edit published in the admin by a signed-in moderator (the edit view's publish action, through
        # Varnish, which passes the admin) is purged from Varnish once committed.
        editor = Browser(frontend.url)
        credentials = {"username": moderator.username, "password": "a-long-test-password", "next": "/admin/"}
        assert editor.post_form("/admin/login/", credentials) == 302
        form = {"title": "About the Alliance", "slug": about.slug, "introduction": about.introduction}
        form = nested_form_data({**form, "body": streamfield([]), "action-publish": "publish"})
        assert editor.post_form(f"/admin/pages/{about.pk}/edit/", form) == 302
        published_at = time.time()  # the editor's browser has the answer: the page is published
        while b"About the Alliance" not in frontend.get(about.url, user_agent=BROWSER)[2]:
            assert time.time() - published_at < 2, "the edit is not visible through Varnish after 2 s"
            time.sleep(0.05)
        visible_after = time.time() - published_at
        assert visible_after < 2
        assert frontend.get(about.url, user_agent=BROWSER)[1]["x-frontend-cache"] == "hit"


def test_n_distinct_readers_through_varnish_are_n_views_and_crawlers_none(about, tmp_path):
    readers = 6
    with varnish_in_front(tmp_path) as frontend:
        # The first reader's request fills the cache (the site counts it), the others are hits.
        statuses = [
            frontend.get(about.url, user_agent=f"{BROWSER} reader/{n}")[1]["x-frontend-cache"]
            for n in range(readers)
        ]
        assert statuses == ["miss"] + ["hit"] * (readers - 1)
        for agent in CRAWLERS:  # crawlers, scripts and clients without a User-Agent: hits, never views
            assert frontend.get(about.url, user_agent=agent)[1]["x-frontend-cache"] == "hit"
        assert frontend.get(about.url, user_agent=BROWSER, sec_purpose="prefetch")[0] == 200
        assert frontend.get(about.url, "HEAD", user_agent=BROWSER)[0] == 200  # passed: the site decides
        hits = readers - 1 + len(CRAWLERS) + 1
        assert frontend.logged_hits(hits) == hits, frontend.hit_log.read_text()
        assert views(frontend, about) == 1  # only the miss so far: Varnish answered the rest
        counter = ("count_frontend_hits", str(frontend.hit_log))
        assert "9 hits read, 5 page views counted" in frontend.manage(*counter)
        assert views(frontend, about) == readers
        # The read position is kept: a second pass counts nothing again.
        assert "0 hits read, 0 page views counted" in frontend.manage(*counter)
        assert views(frontend, about) == readers


def test_documents_reach_the_site_keep_their_safety_headers_and_count(about, tmp_path):
    document = make_document("LoGICA framework", "logica-framework.pdf")
    with varnish_in_front(tmp_path) as frontend:
        served_file = frontend.server.folder / "media" / document.file.name  # the server's own media folder
        served_file.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(document.file.path, served_file)
        direct = http.client.HTTPConnection(*frontend.server.base_url.removeprefix("http://").split(":"))
        direct.request("GET", document.url, headers={"User-Agent": "curl/8"})  # a script: not counted
        response = direct.getresponse()
        assert response.status == 200
        expected = {k.lower(): v for k, v in response.getheaders()}
        direct.close()
        answers = [
            frontend.get(document.url, user_agent=f"{BROWSER} reader/{n}")
            for n in (1, 1, 2)  # the same reader twice in 30 minutes, then another
        ]
        for status, headers, body in answers:
            assert status == 200 and body.startswith(b"%PDF")
            assert headers["x-frontend-cache"] == "miss"  # never kept: the site serves every download
            for name in ("content-disposition", "x-content-type-options", "content-security-policy"):
                assert headers[name] == expected[name], name
            assert headers["content-security-policy"].startswith("default-src 'none'")
            assert headers["x-content-type-options"] == "nosniff"
        assert frontend.total("impact_dailydocumentdownloads", "downloads", "document_id", document.pk) == 2
