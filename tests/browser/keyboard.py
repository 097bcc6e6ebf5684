"""Keyboard helpers: move focus with Tab only, as a reader without a mouse does."""

from __future__ import annotations

# What the focused element is, in a form the tests can compare: tag, id, name, href, classes, and whether
# it sits inside <main>.
DESCRIBE_FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  return {tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name') || '',
          type: el.getAttribute('type') || '', href: el.getAttribute('href') || '',
          text: (el.textContent || '').trim(), classes: [...el.classList],
          inMain: !!el.closest('main'), inNav: !!el.closest('nav')};
}"""


def focused(page) -> dict | None:
    """The element that has the keyboard focus, described."""
    return page.evaluate(DESCRIBE_FOCUS)


def tab_until(page, matches, limit: int = 80) -> dict:
    """Press Tab until ``matches(described element)`` holds; fail after ``limit`` presses."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        current = focused(page)
        if current and matches(current):
            return current
        seen.append(current)
    raise AssertionError(f"not reached with {limit} Tab presses; focus went through {seen}")


def tab_sequence(page, count: int) -> list[dict | None]:
    """The elements focused by ``count`` successive Tab presses."""
    sequence = []
    for _ in range(count):
        page.keyboard.press("Tab")
        sequence.append(focused(page))
    return sequence
