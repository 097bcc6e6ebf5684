"""The production-like server helper shared by the browser tests and the benchmarks finds the project; its
wait for a starting server, shared by the tests that start servers, tells why one never came up."""

import http.server
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request

import pytest
from django.db import connection

from scripts import serve, site_pages
from tests import db_template


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


@pytest.mark.database_free
def test_run_serves_a_prepared_folder_until_told_to_stop(tmp_path):
    """`python -m scripts.serve run FOLDER URL_FILE` (the browser stage's one server for every worker) writes
    its URL once the site answers, and stops the site on SIGTERM. The folder is prepared as the stage before
    leaves it, its database a copy of the migrated template (the demo content is not needed here)."""
    folder, url_file = tmp_path / "site", tmp_path / "url"
    folder.mkdir()
    shutil.copyfile(db_template.sqlite_template(connection.settings_dict), folder / "db.sqlite3")
    (folder / serve.READY_MARK).write_text("ok\n")
    process = subprocess.Popen([sys.executable, "-m", "scripts.serve", "run", str(folder), str(url_file)])
    try:
        deadline = time.monotonic() + 180
        while not url_file.exists():
            assert process.poll() is None, "scripts.serve run exited before serving"
            assert time.monotonic() < deadline, "no URL written within 180 s"
            time.sleep(0.2)
        url = url_file.read_text().strip()
        assert serve.http_status(f"{url}/healthz") == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
    with pytest.raises(OSError):  # nothing listens there any more
        urllib.request.urlopen(f"{url}/healthz", timeout=5)


@pytest.mark.database_free
def test_prepare_copies_a_demo_snapshot_instead_of_loading_the_demo(tmp_path, monkeypatch):
    """`prepare FOLDER --demo DATABASE` (the browser stage, from the run's SQLite demo snapshot): the database
    and its media files are copied, `migrate` only checks them, and the demo is not loaded a second time."""
    snapshot = tmp_path / "demo-sqlite-key"
    (snapshot / "media" / "documents").mkdir(parents=True)
    (snapshot / "media" / "documents" / "primer.pdf").write_bytes(b"%PDF-1.4 demo")
    with sqlite3.connect(snapshot / "demo.sqlite3") as demo:
        demo.execute("CREATE TABLE demo_rows (title TEXT)")
        demo.execute("INSERT INTO demo_rows VALUES ('A primer on decentralization')")
    commands = []
    monkeypatch.setattr(serve, "_manage", lambda env, *args: commands.append(args[0]))
    folder = tmp_path / "site"
    folder.mkdir()
    serve.prepare(folder, serve.site_environment(folder), snapshot / "demo.sqlite3")
    assert commands == ["migrate", "collectstatic"]
    with sqlite3.connect(folder / "db.sqlite3") as copy:
        assert copy.execute("SELECT title FROM demo_rows").fetchall() == [("A primer on decentralization",)]
    assert (folder / "media" / "documents" / "primer.pdf").read_bytes() == b"%PDF-1.4 demo"
    assert (folder / serve.READY_MARK).exists()
    commands.clear()
    serve.prepare(folder, serve.site_environment(folder))  # prepared: only the static files again
    assert commands == ["collectstatic"]


@pytest.mark.database_free
def test_prepare_without_a_snapshot_loads_the_demo(tmp_path, monkeypatch):
    commands = []
    monkeypatch.setattr(serve, "_manage", lambda env, *args: commands.append(args[0]))
    serve.prepare(tmp_path, serve.site_environment(tmp_path))
    assert commands == ["migrate", "load_demo_content", "collectstatic"]


@pytest.mark.database_free
def test_prepare_refuses_a_snapshot_that_is_not_there(tmp_path):
    missing = tmp_path / "no-such-demo.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "scripts.serve", "prepare", str(tmp_path / "site"), "--demo", str(missing)],
        cwd=serve.PROJECT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"--demo {missing}: no such database file"
    assert not (tmp_path / "site").exists()
