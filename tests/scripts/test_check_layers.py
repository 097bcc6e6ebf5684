"""The layer rules (scripts/check_layers.py, run by `make lint`) hold today and fail on a forbidden import."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_free  # reads source files only

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "check_layers.py"


def _load():
    spec = importlib.util.spec_from_file_location("check_layers", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_layers"] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


layers = _load()


def test_the_project_keeps_its_layers():
    assert layers.check() == []


def test_make_lint_runs_the_check():
    makefile = (ROOT / "Makefile").read_text()
    lint = makefile.split("\nlint:", 1)[1].split("\n\n", 1)[0]
    assert "scripts/check_layers.py" in lint


def test_the_script_exits_zero_on_the_project():
    result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "layers: ok" in result.stdout


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        pytest.param(
            {"site/forbidden.py": "from blog.models import BlogPostPage\n"},
            "site/forbidden.py:1: imports blog.models: the foundation imports no app above it",
            id="foundation-to-content-app",
        ),
        pytest.param(
            {"site/models/forbidden.py": "def f():\n    from glossary import selectors\n"},
            "site/models/forbidden.py:2: imports glossary: the foundation imports no app above it",
            id="foundation-to-content-app-inside-a-function",
        ),
        pytest.param(
            {"site/forbidden.py": "import search.query\n"},
            "site/forbidden.py:1: imports search.query: the foundation imports no app above it",
            id="foundation-to-search",
        ),
        pytest.param(
            {"catalogue/forbidden.py": "from blog.models import BlogPostPage\n"},
            "catalogue/forbidden.py:1: imports blog.models: the foundation imports no app above it",
            id="foundation-package-catalogue-to-content-app",
        ),
        pytest.param(
            {"spreadsheets/forbidden.py": "def f():\n    from glossary import importing\n"},
            "spreadsheets/forbidden.py:2: imports glossary: the foundation imports no app above it",
            id="foundation-package-spreadsheets-to-content-app",
        ),
        pytest.param(
            {"wayfinding/forbidden.py": "import impact.models\n"},
            "wayfinding/forbidden.py:1: imports impact.models: the foundation imports no app above it",
            id="foundation-package-wayfinding-to-impact",
        ),
        pytest.param(
            {"site/forbidden.py": "from wayfinding import hubs\n"},
            "site/forbidden.py:1: imports wayfinding: a foundation package imports no higher floor",
            id="decnet-to-a-higher-foundation-floor",
        ),
        pytest.param(
            {"traffic/forbidden.py": "from decnet.models import HomePage\n"},
            "traffic/forbidden.py:1: imports decnet.models: a foundation package imports no higher floor",
            id="lowest-floor-to-decnet",
        ),
        pytest.param(
            # catalogue already imports decnet (the taxonomy): decnet importing catalogue back closes a loop.
            {"site/models/forbidden.py": "from catalogue import facets\n"},
            "import cycle between apps: catalogue -> decnet -> catalogue",
            id="cycle-inside-the-foundation",
        ),
        pytest.param(
            {"resources/forbidden.py": "from search.query import run_search\n"},
            "resources/forbidden.py:1: imports search.query: a content app imports neither search",
            id="content-app-to-search",
        ),
        pytest.param(
            {"blog/forbidden.py": "import impact.models\n"},
            "blog/forbidden.py:1: imports impact.models: a content app imports neither search",
            id="content-app-to-impact",
        ),
        pytest.param(
            {"glossary/forbidden.py": "from demo import loaders\n"},
            "glossary/forbidden.py:1: imports demo: a content app imports neither search",
            id="content-app-to-demo",
        ),
        pytest.param(
            {"benchmarks/forbidden.py": "from tests.factories import BlogPostPageFactory\n"},
            "benchmarks/forbidden.py:1: imports tests.factories: benchmarks import nothing from tests/",
            id="benchmarks-to-tests",
        ),
        pytest.param(
            # impact already imports search (the query log): search importing impact closes a loop.
            {"search/forbidden.py": "from impact import selectors\n"},
            "import cycle between apps: impact -> search -> impact",
            id="cycle-between-services",
        ),
        pytest.param(
            # hardening imports no project app today; one import each way is a cycle.
            {
                "hardening/forbidden.py": "import impact.rules\n",
                "impact/forbidden.py": "import hardening.csp\n",
            },
            "import cycle between apps: hardening -> impact -> hardening",
            id="cycle-with-the-side-app",
        ),
        pytest.param(
            {"search/long.py": "x = 1\n" * 601},
            "search/long.py: 601 lines (at most 600 in an application module: split it)",
            id="module-over-600-lines",
        ),
    ],
)
def test_a_forbidden_import_fails_the_check(extra, expected):
    problems = layers.check(extra=extra)
    assert any(problem.startswith(expected) for problem in problems), problems


def test_an_allowed_exception_that_is_no_longer_used_fails_the_check(monkeypatch):
    monkeypatch.setattr(layers, "ALLOWED", {*layers.ALLOWED, ("site/seo.py", "impact.models")})
    assert layers.check() == [
        "scripts/check_layers.py: ALLOWED has site/seo.py -> impact.models, which is no longer imported: "
        "delete the entry"
    ]


def test_an_allowed_exception_covers_only_its_own_import(monkeypatch):
    allowed_file = "site/seo.py"
    monkeypatch.setattr(layers, "ALLOWED", {(allowed_file, "blog.models")})
    source = (
        ROOT / allowed_file
    ).read_text() + "\nfrom blog.models import BlogPostPage\nfrom search import query\n"
    problems = layers.check(extra={allowed_file: source})
    assert any("imports search: the foundation imports no app above it" in problem for problem in problems)
    assert not any("imports blog.models" in problem for problem in problems)


def test_the_script_exits_non_zero_on_a_violation(monkeypatch, capsys):
    monkeypatch.setattr(layers, "check", lambda: ["site/x.py:1: imports blog: the foundation imports no app"])
    assert layers.main() == 1
    assert "site/x.py:1: imports blog" in capsys.readouterr().err


def test_every_foundation_package_is_a_project_folder_on_one_floor():
    floors = layers.FOUNDATION_FLOORS
    assert sum(len(floor) for floor in floors) == len(layers.FOUNDATION)
    folder_of = {name: folder for folder, name in layers.PACKAGE_FOLDERS.items()}
    folders = {folder_of.get(name, name) for name in layers.FOUNDATION}
    assert all((ROOT / folder / "__init__.py").is_file() for folder in folders), folders


def test_site_maps_to_decnet_and_urls_is_composition():
    assert layers.module_name("site/templatetags/decnet_tags.py") == "decnet.templatetags.decnet_tags"
    assert layers.module_name("site/models/__init__.py") == "decnet.models"
    assert layers.app_of("decnet.urls") == "decnet.urls"
    assert layers.app_of("decnet.seo") == "decnet"
