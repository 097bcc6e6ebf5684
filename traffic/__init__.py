"""What a request served and who sent it: one record per request (``served``: a page, a page's route, a
document, the admin, the API…) and the reader's address behind the proxies (``clientip``), read by every
middleware that counts (impact), logs, throttles or sets headers (hardening, search).
Imports no project app."""
