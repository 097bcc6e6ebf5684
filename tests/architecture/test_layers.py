"""The layers hold: the foundation and search know no content app, nobody switches on a page's class, and
function-level imports of project modules stay where Django forces them (AppConfig.ready).

Static (AST) checks over the application code; ``site/`` is imported as ``decnet``.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = {
    "decnet": "site",
    "blog": "blog",
    "resources": "resources",
    "glossary": "glossary",
    "search": "search",
}
APPS |= {"impact": "impact", "hardening": "hardening", "pagecache": "pagecache"}
# The foundation's other packages (scripts/check_layers.py, FOUNDATION_FLOORS).
FOUNDATION_PACKAGES = ["multilingual", "spreadsheets", "editorial", "traffic", "catalogue", "wayfinding"]
APPS |= {name: name for name in FOUNDATION_PACKAGES}
CONTENT_APPS = {"blog", "resources", "glossary"}
# The composition layer (URLs, settings) may import every app; the demo loader is moving out of site/.
COMPOSITION = {Path("site/urls.py"), *(p.relative_to(ROOT) for p in (ROOT / "site/settings").glob("*.py"))}
MOVING = Path("site/demo")
FUNCTION_LEVEL_BUDGET = 2


def _modules(folder: str) -> list[Path]:
    return sorted(
        path.relative_to(ROOT)
        for path in (ROOT / folder).rglob("*.py")
        if "migrations" not in path.parts
        and not path.relative_to(ROOT).is_relative_to(MOVING)
        and ".venv" not in path.parts
    )


def _app_of(module: str | None) -> str | None:
    return module.split(".")[0] if module and module.split(".")[0] in APPS else None


def _imports(tree: ast.AST):
    """(imported app, node) for every import of a project app, wherever it sits."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and _app_of(node.module):
            yield _app_of(node.module), node
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if _app_of(alias.name):
                    yield _app_of(alias.name), node


def _tree(path: Path) -> ast.AST:
    return ast.parse((ROOT / path).read_text(encoding="utf-8"), filename=str(path))


@pytest.mark.parametrize("folder", ["site", *FOUNDATION_PACKAGES, "search"])
def test_foundation_and_search_import_no_content_app(folder):
    offenders = [
        f"{path}:{node.lineno} imports {app}"
        for path in _modules(folder)
        if path not in COMPOSITION
        for app, node in _imports(_tree(path))
        if app in CONTENT_APPS
    ]
    assert offenders == []


# The app-level graph (acyclic, layered): scripts/check_layers.py (tests/scripts/test_check_layers.py).


def _content_page_classes() -> set[str]:
    from django.apps import apps
    from wagtail.models import Page

    return {
        model.__name__
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in CONTENT_APPS
    }


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
    }


@pytest.mark.parametrize("folder", ["site", *FOUNDATION_PACKAGES, "search"])
def test_no_isinstance_against_content_page_classes(folder, db):
    classes = _content_page_classes()
    assert {"BlogPostPage", "ResourcePage", "GlossaryTermPage"} <= classes
    offenders = [
        f"{path}:{node.lineno}"
        for path in _modules(folder)
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) in {"isinstance", "issubclass"}
        and len(node.args) == 2
        and _names(node.args[1]) & classes
    ]
    assert offenders == []


def _function_level_imports(path: Path) -> list[str]:
    found = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            imports = isinstance(child, ast.Import | ast.ImportFrom)
            if imports and function not in (None, "ready") and any(app for app, _node in _imports(child)):
                found.append(f"{path}:{child.lineno} in {function}()")
            visit(child, name)

    visit(_tree(path), None)
    return found


def test_function_level_imports_of_project_modules_stay_within_budget():
    """Only AppConfig.ready may import project modules inside a function (Django forces it there); anything
    else is a cycle being dodged. At most two exceptions in the whole code base."""
    found = [
        item
        for folder in APPS.values()
        for path in _modules(folder)
        for item in _function_level_imports(path)
    ]
    assert len(found) <= FUNCTION_LEVEL_BUDGET, found


def test_public_pages_come_from_traffic_visibility():
    """Wagtail's ``PageQuerySet.public()`` reads every view restriction at each call; the app code asks
    ``traffic.visibility.public`` (read once per request) instead."""
    calls = []
    for folder in APPS.values():
        for path in _modules(folder):
            for node in ast.walk(ast.parse((ROOT / path).read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in {"public", "not_public", "private_q"}
                    and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "visibility")
                ):
                    calls.append(f"{path}:{node.lineno}")
    assert calls == []
