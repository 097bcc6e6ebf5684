"""Settings for a site server started by tests/impact/test_server_processes.py: the test settings, the
database and media folder the test gives, a file-based impact cache every worker shares, and the background
flush and SIGTERM handling on (as in production)."""

import os

from decnet.settings.test import *  # noqa: F403

CACHES = {
    **CACHES,  # noqa: F405
    "impact": {"BACKEND": "impact.cache.ImpactFileCache", "LOCATION": os.environ["IMPACT_CACHE_DIR"]},
}
IMPACT_BACKGROUND_FLUSH = True
