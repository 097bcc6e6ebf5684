"""Real Chromium, driven by Playwright, against the site served as in production.

The tests run in Debian's headless build of Chromium (package chromium-headless-shell, from the same sources
and version as the package chromium): Blink and V8 as readers have them, without the desktop browser's
processes, at about 40 % of the CPU (docs/testing.md). tests/browser/test_full_chromium.py holds the shell to
the full browser (/usr/bin/chromium): same layout, same errors.

Every test module here is marked ``browser``: scripts/test.sh runs them once, apart from the other tests.
Without Chromium or axe-core (``npm ci`` in this folder) the tests are skipped by hand and fail in CI
(``CI=true``); scripts/browser-deps.sh, which scripts/test.sh calls, installs both.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.serve import RunningSite, running_site

HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium-headless-shell")
FULL_CHROMIUM = os.environ.get("FULL_CHROMIUM_PATH", "/usr/bin/chromium")
AXE_SOURCE = HERE / "node_modules" / "axe-core" / "axe.min.js"
# The flags the house notes give for Debian's Chromium in a container, plus a fixed window size.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    # The headless shell hints glyph outlines unless told not to, and the desktop browser does not: Arabic
    # words came out up to 4 px narrower, a phone page one line shorter (tests/browser/test_full_chromium.py).
    "--font-render-hinting=none",
]

# Figures the tests record (page weights, journey durations, axe counts); printed at the end of the run. A
# test appends to FIGURES; its report carries them (as user properties), so that they reach the process that
# prints the summary also when pytest-xdist ran the test in a worker.
FIGURES: list[str] = []
_REPORTED: list[str] = []


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    if call.when == "teardown":
        item.user_properties.extend(("browser figure", line) for line in FIGURES)
        FIGURES.clear()
    return (yield)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "teardown":
        _REPORTED.extend(value for name, value in report.user_properties if name == "browser figure")


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if _REPORTED:
        terminalreporter.section("browser figures")
        for line in _REPORTED:
            terminalreporter.write_line(line)


def _missing() -> str | None:
    for path, package in ((CHROMIUM, "chromium-headless-shell"), (FULL_CHROMIUM, "chromium")):
        if not (shutil.which(path) or Path(path).is_file()):
            return f"Chromium not found at {path} (apt-get install {package})"
    if not AXE_SOURCE.is_file():
        return f"axe-core not installed ({AXE_SOURCE}; run npm ci in tests/browser)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


@pytest.fixture(scope="session")
def browser_ready() -> None:
    """Skip without the browser tools, except in CI, where their absence is a failure."""
    reason = _missing()
    if reason:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def site(browser_ready) -> Iterator[RunningSite]:
    """The site, served once per run; ``BROWSER_BASE_URL`` points the tests at one already running instead."""
    if os.environ.get("BROWSER_BASE_URL"):
        yield RunningSite(base_url=os.environ["BROWSER_BASE_URL"].rstrip("/"), folder=None)
        return
    with running_site() as served:
        yield served


@pytest.fixture(scope="session")
def playwright_driver(browser_ready):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def chromium(playwright_driver):
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    yield browser
    browser.close()


@pytest.fixture
def page(chromium, site):
    """A fresh context per test: empty cache, so every test sees a first view."""
    context = chromium.new_context(base_url=site.base_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def axe_source(browser_ready) -> str:
    return AXE_SOURCE.read_text(encoding="utf-8")
