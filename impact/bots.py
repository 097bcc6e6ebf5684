"""Recognises crawlers and scripts by their User-Agent (the maintained list: data/bot_user_agents.txt)."""

import re
from functools import lru_cache
from pathlib import Path

from django.conf import settings

DEFAULT_LIST = Path(__file__).resolve().parent / "data" / "bot_user_agents.txt"
_REGEX_CHARACTERS = set("^$[]()|*+?\\")


def load_patterns(path: Path) -> list[str]:
    """Read one pattern per line; a line without regex characters is a plain substring."""
    patterns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        patterns.append(line if _REGEX_CHARACTERS & set(line) else re.escape(line))
    return patterns


@lru_cache(maxsize=1)
def _bot_regex() -> re.Pattern[str]:
    # One compiled alternation: a single scan of the user agent, a few microseconds per request.
    path = Path(getattr(settings, "IMPACT_BOT_USER_AGENTS_FILE", DEFAULT_LIST))
    return re.compile("|".join(f"(?:{p})" for p in load_patterns(path)), re.IGNORECASE)


def is_bot(user_agent: str) -> bool:
    """True for crawlers, link checkers, HTTP libraries and requests that send no User-Agent at all."""
    user_agent = user_agent.strip()
    if not user_agent:
        return True
    return _bot_regex().search(user_agent) is not None
