#!/usr/bin/env python3
"""The layer rules, checked from the code's own imports (run by `make lint`; see DEVELOPERS.md, "The house").

    foundation  <-  blog, resources, glossary  <-  search, impact  <-  demo, decnet.urls
                    (content apps)                 (services)          (composition)

An arrow points from the importer to what it may import. The foundation is several packages on floors, each
floor importing only floors below it (and its own):

    multilingual, spreadsheets, editorial, traffic  <-  decnet (site/)  <-  catalogue  <-  wayfinding

The script fails (exit 1, one line per finding) on:
- an import from the foundation to a content app, a service or the composition layer;
- an import from a foundation package to one on a higher floor;
- an import from a content app to a service (search, impact) or to the demo;
- an import from benchmarks to tests (shared helpers live in scripts/ or the apps);
- any import cycle between apps (module-level and function-level imports alike);
- an application module over MAX_MODULE_LINES lines.

Known exceptions sit in ALLOWED, one (file, imported module) pair each. The list only shrinks: an entry that
no longer matches an import fails the check too, so whoever removes the import deletes the entry.
The folder site/ is imported as ``decnet`` (pyproject.toml); this script maps one to the other itself, which
generic import tools cannot. Migrations are left out: old migrations keep whatever they imported.
"""

from __future__ import annotations

import ast
import functools
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Folder -> import name, for the one folder whose name differs from its package.
PACKAGE_FOLDERS = {"site": "decnet"}
# The foundation, lowest floor first: a package imports packages on its own floor or below, never above.
FOUNDATION_FLOORS: list[set[str]] = [
    # the language table and language versions, spreadsheet imports, editors' tools, what a request served
    {"multilingual", "spreadsheets", "editorial", "traffic"},
    {"decnet"},  # site/: home and standard pages, taxonomy, the content contract, SEO, languages
    {"catalogue"},  # the facet layer, filtered listings and feeds, related items (on decnet's taxonomy)
    {"wayfinding"},  # topic and country hubs below the home page, sitemap.xml, robots.txt, the 404
]
FOUNDATION = set().union(*FOUNDATION_FLOORS)
CONTENT_APPS = {"blog", "resources", "glossary"}
SERVICES = {"search", "impact"}
# decnet.urls wires every app's URLs together and decnet.settings every app's configuration: they belong to
# the top floor, not to the foundation.
COMPOSITION = {"demo", "decnet.urls", "decnet.settings"}
PROJECT = (
    FOUNDATION
    | CONTENT_APPS
    | SERVICES
    | {"demo", "hardening", "pagecache", "tests", "benchmarks", "scripts"}
)

# (importer, forbidden targets, why): importer and targets are app names (or COMPOSITION's module names).
RULES: list[tuple[set[str], set[str], str]] = [
    (FOUNDATION, CONTENT_APPS | SERVICES | COMPOSITION, "the foundation imports no app above it"),
    *(
        (floor, set().union(*FOUNDATION_FLOORS[level + 1 :]), "a foundation package imports no higher floor")
        for level, floor in enumerate(FOUNDATION_FLOORS[:-1])
    ),
    (CONTENT_APPS, SERVICES | COMPOSITION, "a content app imports neither search, impact nor the demo"),
    (SERVICES, COMPOSITION, "search and impact import nothing from the composition layer"),
    ({"benchmarks"}, {"tests"}, "benchmarks import nothing from tests/ (shared helpers live in scripts/)"),
]

# Today's exceptions: the foundation still asks content pages for their type (issue 12, the content contract,
# removes these). Empty this list as they go; the check fails on an entry that matches no import any more.
ALLOWED: set[tuple[str, str]] = set()

MAX_MODULE_LINES = 600
# Modules allowed past MAX_MODULE_LINES until they are split (none today; the list only shrinks).
LONG_MODULES: set[str] = set()
# Folders whose modules are not application code (tests and benchmarks may be long).
NOT_APPLICATION = {"tests", "benchmarks", "scripts"}

SKIP_DIRS = {"node_modules", "migrations", "media", "static", "static_collected", "__pycache__"}


@dataclass(frozen=True)
class Import:
    path: str  # relative to the root, with forward slashes
    line: int
    module: str  # the absolute module imported


def python_files(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        # Hidden folders (.git, .venv, .services) and build metadata hold no project code.
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and d[0] != "." and not d.endswith("egg-info"))
        for name in sorted(files):
            if name.endswith(".py"):
                yield Path(folder) / name


def module_name(path: str) -> str:
    """The dotted module of a file path relative to the root: site/seo.py -> decnet.seo."""
    parts = path[: -len(".py")].split("/")
    parts[0] = PACKAGE_FOLDERS.get(parts[0], parts[0])
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def app_of(module: str) -> str:
    """The app (graph node) a module belongs to; composition modules are nodes of their own."""
    for name in COMPOSITION:
        if module == name or module.startswith(name + "."):
            return name
    return module.split(".")[0]


def imports_of(path: str, source: str) -> Iterator[Import]:
    """Absolute imports of project modules anywhere in the file (in functions too). Relative imports stay in
    their own package, so they cannot cross an app boundary."""
    tree = ast.parse(source, filename=path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            # `from decnet import seo` imports decnet.seo when seo is a module: count both as decnet.
            modules = [node.module]
        else:
            continue
        for module in modules:
            if module.split(".")[0] in PROJECT:
                yield Import(path, node.lineno, module)


@functools.cache
def _parsed_imports(path: str, source: str) -> tuple[Import, ...]:
    """Each file parsed once per process, whatever the number of checks (the tests run about twenty)."""
    return tuple(imports_of(path, source))


def collect(root: Path, extra: dict[str, str] | None = None) -> tuple[list[Import], dict[str, int]]:
    """Every project import and the line count of every module, plus `extra` {path: source} files."""
    sources = {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in python_files(root)}
    sources.update(extra or {})
    found: list[Import] = []
    lines: dict[str, int] = {}
    for path, source in sorted(sources.items()):
        found.extend(_parsed_imports(path, source))
        lines[path] = source.count("\n") + (0 if source.endswith("\n") or not source else 1)
    return found, lines


def layer_violations(found: Iterable[Import]) -> list[str]:
    problems = []
    for item in found:
        source_app, target_app = app_of(module_name(item.path)), app_of(item.module)
        if source_app == target_app or (item.path, item.module) in ALLOWED:
            continue
        for importers, targets, why in RULES:
            if source_app in importers and target_app in targets:
                problems.append(f"{item.path}:{item.line}: imports {item.module}: {why}")
    return problems


def stale_allowances(found: Iterable[Import]) -> list[str]:
    used = {(item.path, item.module) for item in found}
    return [
        f"scripts/check_layers.py: ALLOWED has {path} -> {module}, which is no longer imported: "
        "delete the entry"
        for path, module in sorted(ALLOWED - used)
    ]


def cycles(found: Iterable[Import]) -> list[str]:
    """Cycles in the app graph (allowed exceptions left out), each reported once as a -> b -> ... -> a,
    starting from its first app in alphabetical order."""
    graph: dict[str, set[str]] = {}
    for item in found:
        source_app, target_app = app_of(module_name(item.path)), app_of(item.module)
        if source_app != target_app and (item.path, item.module) not in ALLOWED:
            graph.setdefault(source_app, set()).add(target_app)
    reported: set[frozenset[str]] = set()
    problems = []

    def walk(node: str, trail: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt in trail:
                loop = trail[trail.index(nxt) :]
                first = loop.index(min(loop))  # the same words whichever app the walk reached it from
                loop = loop[first:] + loop[:first]
                if frozenset(loop) not in reported:
                    reported.add(frozenset(loop))
                    problems.append("import cycle between apps: " + " -> ".join([*loop, loop[0]]))
            elif len(trail) < len(graph) + 1:
                walk(nxt, [*trail, nxt])

    for start in sorted(graph):
        walk(start, [start])
    return problems


def long_modules(lines: dict[str, int]) -> list[str]:
    too_long = [
        f"{path}: {count} lines (at most {MAX_MODULE_LINES} in an application module: split it)"
        for path, count in sorted(lines.items())
        if count > MAX_MODULE_LINES and path.split("/")[0] not in NOT_APPLICATION and path not in LONG_MODULES
    ]
    stale = [
        f"scripts/check_layers.py: LONG_MODULES has {path}, which is no longer over "
        f"{MAX_MODULE_LINES} lines: delete the entry"
        for path in sorted(LONG_MODULES)
        if lines.get(path, 0) <= MAX_MODULE_LINES
    ]
    return too_long + stale


def check(root: Path = ROOT, extra: dict[str, str] | None = None) -> list[str]:
    """All findings for the tree at `root` (plus `extra` files); an empty list means the layers hold."""
    found, lines = collect(root, extra)
    return layer_violations(found) + stale_allowances(found) + cycles(found) + long_modules(lines)


def main() -> int:
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} layer rule violation(s); see scripts/check_layers.py", file=sys.stderr)
        return 1
    print("layers: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
