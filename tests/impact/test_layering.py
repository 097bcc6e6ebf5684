"""The shape the counting code keeps: one record of what a request served, counters as data, and impact
reading other apps only through the functions they own."""

import ast
import datetime
from pathlib import Path

import pytest

from impact import counters, services
from impact.models import DailyVisits

ROOT = Path(__file__).resolve().parents[2]


def python_files(*folders: str) -> list[Path]:
    return [
        path for folder in folders for path in (ROOT / folder).rglob("*.py") if "migrations" not in path.parts
    ]


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def test_impact_imports_no_search_or_resources_models():
    for path in python_files("impact"):
        imported = imported_modules(path)
        assert not {"search.models", "resources.models"} & imported, path


def test_no_admin_path_literal_in_hardening_or_impact():
    for path in python_files("hardening", "impact"):
        assert '"/admin/' not in path.read_text(), path


def test_no_counter_dispatch_and_no_request_attributes_of_impact():
    source = (ROOT / "impact" / "services.py").read_text()
    assert "kind ==" not in source
    for path in python_files("impact", "hardening", "site"):
        text = path.read_text()
        assert "_impact_page" not in text and "_impact_document" not in text, path


@pytest.mark.django_db
def test_a_new_counter_is_one_declaration(monkeypatch):
    """Declaring a counter is enough for its events to be written (here into an existing model's field)."""
    extra = counters.Counter("returning_sessions", DailyVisits, (), "sessions")
    monkeypatch.setattr(counters, "COUNTERS", [*counters.COUNTERS, extra])
    day = datetime.date(2026, 5, 4)
    services.apply_counts(services.Counts({("returning_sessions", day): 3, ("visitors", day): 2}))
    visits = DailyVisits.objects.get(date=day)
    assert (visits.visitors, visits.sessions) == (2, 3)
