"""The production-like server helper shared by the browser tests and the benchmarks finds the project; its
wait for a starting server, shared by the tests that start servers, tells why one never came up."""

import http.server
import subprocess
import sys
import threading

import pytest

from scripts import serve, site_pages


def test_the_helper_runs_manage_py_from_the_project_root():
    assert (serve.PROJECT / "manage.py").is_file()
    assert (serve.PROJECT / "scripts" / "serve_wsgi.py").is_file()


def test_the_pages_cover_the_source_language_and_a_right_to_left_one(settings):
    assert site_pages.LANGUAGES[0] == settings.LANGUAGE_CODE
    assert site_pages.LANGUAGES[1] in dict(settings.LANGUAGES)
    assert set(site_pages.SEARCH_WORD) == set(site_pages.LANGUAGES)
    assert all(
        path.startswith(f"/{lang}/")
        for lang in site_pages.LANGUAGES
        for path in site_pages.page_paths(lang).values()
    )


def test_ports_are_free_loopback_ports():
    assert 1024 <= serve.free_port() <= 65535


@pytest.fixture
def answering_503():
    """A loopback server that answers every GET with 503, as /healthz does while the search engine is down."""

    class Unhealthy(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(503)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Unhealthy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/healthz"
    server.shutdown()
    server.server_close()


@pytest.fixture
def running_process():
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process
    process.kill()
    process.wait()


@pytest.mark.database_free
def test_wait_until_up_takes_an_error_status_for_up_only_when_asked(answering_503, running_process):
    serve.wait_until_up(answering_503, running_process, timeout=10, any_status=True)
    with pytest.raises(RuntimeError, match=r"did not answer at .*/healthz within 0\.5 s$"):
        serve.wait_until_up(answering_503, running_process, timeout=0.5)


@pytest.mark.database_free
def test_wait_until_up_stops_when_the_server_exits_and_shows_its_output(tmp_path):
    log = tmp_path / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", "print('no such setting'); raise SystemExit(3)"], stdout=out
        )
    with pytest.raises(RuntimeError, match="exited with status 3; server log:\nno such setting"):
        serve.wait_until_up(f"http://127.0.0.1:{serve.free_port()}/healthz", process, timeout=60, log=log)
