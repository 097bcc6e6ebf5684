"""Request bodies over the limit are refused with 413 before they are read (issue 17, point 2).

The end-to-end tests run a real gunicorn (tests/hardening/server.py) and stream the body from a raw socket,
never holding it in memory: the headers first, then the body in 64 KiB pieces while watching for an early
answer. Disk writes are the workers' own write counters (``/proc/PID/io``, ``wchar``: every byte they wrote
to any file) plus the size of their temporary and media folders.
"""

from __future__ import annotations

import io
import select
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory, override_settings

from hardening.bodylimit import RequestBodyLimitMiddleware
from tests.hardening.server import gunicorn

MB = 1024 * 1024
GIB = 1024 * MB


def _ok(request):
    request.body  # noqa: B018 (reads the body, as a form would)
    from django.http import HttpResponse

    return HttpResponse("read")


@override_settings(REQUEST_BODY_LIMIT=1000, REQUEST_BODY_LIMIT_ADMIN=5000)
def test_declared_length_over_the_limit_is_refused_without_reading(db):
    never_read = io.BytesIO(b"")  # reading this would give nothing: the decision is on the header alone
    request = RequestFactory().post("/en/search/", data=b"x", content_type="text/plain")
    request.META["CONTENT_LENGTH"] = "300000000"
    request._stream = never_read
    response = RequestBodyLimitMiddleware(_ok)(request)
    assert response.status_code == 413
    assert "at most" in response.content.decode()
    admin = RequestFactory().post("/admin/documents/add/", data=b"x" * 4000, content_type="text/plain")
    assert RequestBodyLimitMiddleware(_ok)(admin).status_code == 200  # the admin has its own, larger limit
    admin.META["CONTENT_LENGTH"] = "5001"
    assert RequestBodyLimitMiddleware(_ok)(admin).status_code == 413


@override_settings(REQUEST_BODY_LIMIT=1000)
@pytest.mark.parametrize(("size", "status"), [(1000, 200), (1001, 413), (10 * MB, 413)])
def test_a_chunked_body_is_cut_at_the_limit(db, size, status):
    body = io.BytesIO(b"y" * size)
    request = RequestFactory().post("/en/search/", data=b"", content_type="text/plain")
    request.META.pop("CONTENT_LENGTH", None)
    request.META["HTTP_TRANSFER_ENCODING"] = "chunked"
    request.environ["wsgi.input"] = body
    response = RequestBodyLimitMiddleware(_ok)(request)
    assert response.status_code == status
    assert body.tell() <= 1001 + 1  # never read past the limit


def test_the_middleware_comes_before_any_that_reads_the_body(settings):
    order = settings.MIDDLEWARE
    position = order.index("hardening.bodylimit.RequestBodyLimitMiddleware")
    assert position < order.index("django.middleware.csrf.CsrfViewMiddleware")
    assert position < order.index("django.contrib.sessions.middleware.SessionMiddleware")
    assert set(order[:position]) <= {
        "hardening.middleware.RequestLogMiddleware",
        "django.middleware.gzip.GZipMiddleware",
    }


# --- end to end, through gunicorn ---


def _written_bytes(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/io").read_text().splitlines():
            if line.startswith("wchar:"):
                total += int(line.split()[1])
    return total


def _folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def stream_post(base_url: str, path: str, total: int, headers: dict[str, str]) -> tuple[int, int]:
    """POST a ``total``-byte body of zeros, streamed; returns (status, bytes of body actually sent)."""
    parts = urlsplit(base_url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=60)
    try:
        lines = [f"POST {path} HTTP/1.1", f"Host: {parts.hostname}", f"Content-Length: {total}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        ready, _, _ = select.select([sock], [], [], 3.0)  # an answer to the headers alone?
        chunk = b"\0" * 65536
        sent = 0
        while not ready and sent < total:
            piece = chunk[: total - sent]
            try:
                sock.sendall(piece)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(piece)
            ready, _, _ = select.select([sock], [], [], 0)
        answer = b""
        deadline = time.monotonic() + 60
        while b"\r\n" not in answer and time.monotonic() < deadline:
            data = sock.recv(4096)
            if not data:
                break
            answer += data
        return int(answer.split()[1]), sent
    finally:
        sock.close()


@pytest.mark.one_database  # refused before the body is read: no query a database could answer differently
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_300_mb_anonymous_and_1_gib_admin_posts_get_413_with_under_1_mb_written(home_page, tmp_path):
    admin = get_user_model().objects.create_superuser("bodyadmin", "b@example.org", "a-long-test-password")
    browser = Client()
    browser.force_login(admin)  # the session row is in the database the server copies
    session = browser.cookies["sessionid"].value
    csrf = "a" * 32
    multipart = "multipart/form-data; boundary=----decnet"
    with gunicorn(tmp_path, workers=2) as server:
        time.sleep(0.5)
        workers = server.worker_pids()
        before = _written_bytes(workers)
        cases = [
            ("/admin/documents/add/", 300 * MB, {"Cookie": f"csrftoken={csrf}"}),
            ("/en/search/", 300 * MB, {"Cookie": f"csrftoken={csrf}"}),
            ("/admin/documents/add/", GIB, {"Cookie": f"sessionid={session}; csrftoken={csrf}"}),
            ("/admin/images/multiple/add/", GIB, {"Cookie": f"sessionid={session}; csrftoken={csrf}"}),
        ]
        results = []
        for path, size, headers in cases:
            headers = {**headers, "Content-Type": multipart, "X-CSRFToken": csrf}
            results.append((path, *stream_post(server.base_url, path, size, headers)))
        written = _written_bytes(workers) - before
        on_disk = _folder_size(server.folder / "tmp") + _folder_size(server.folder / "media")
    assert [(path, status) for path, status, _ in results] == [(path, 413) for path, _, _ in cases]
    assert all(sent < MB for _, _, sent in results), results
    assert written < MB, f"the workers wrote {written} bytes"
    assert on_disk < MB
