"""Production logs: one JSON object per line on stdout, each tagged with the request it belongs to.

``RequestLogMiddleware`` (hardening/middleware.py) stores the request id in a context variable for the length
of the request, so every record logged while the request is handled (Django's own errors included) carries it.
"""

from __future__ import annotations

import contextvars
import datetime
import json
import logging
import re
import uuid

current_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)

# An id handed over by the proxy in front of the site is kept when it looks like one (no spaces, no quotes).
_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
# Attributes every LogRecord has: the rest came from ``extra=`` and are written as fields.
_RECORD_ATTRIBUTES = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}
# Never written: Django's "django.request" warnings carry the request, whose text holds the query string (a
# reader's search) and whose POST holds form values. The path and status are in the message and fields.
_PRIVATE_ATTRIBUTES = frozenset({"request"})


def request_id_from(header_value: str | None) -> str:
    """The proxy's request id when it is well-formed, else a new random one."""
    if header_value and _REQUEST_ID_RE.match(header_value):
        return header_value
    return uuid.uuid4().hex


class JsonFormatter(logging.Formatter):
    """One line of JSON per record: time, level, logger, message, request id and the ``extra`` fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.datetime.fromtimestamp(record.created, tz=datetime.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or current_request_id.get()
        if request_id:
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key in _PRIVATE_ATTRIBUTES:
                if key == "request" and hasattr(value, "path"):
                    entry.setdefault("path", str(value.path)[:2000])
                continue
            if key not in _RECORD_ATTRIBUTES and key not in entry and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        # default=str: a value logging cannot serialize (a request, a model) never breaks the line.
        return json.dumps(entry, ensure_ascii=False, default=str)
