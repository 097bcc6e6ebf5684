# Decentralization.Net — the two commands are `make run` and `make test` (see README.md).
# The interpreter the environment is made with: the distribution's Python 3.11 when the machine has it. Debian
# builds it with profile-guided and link-time optimisation, which a Python compiled by pyenv's defaults lacks:
# about 10 % less CPU per request and per test (docs/testing.md, "CPU"). Else whatever python3 is.
PYTHON ?= $(or $(wildcard /usr/bin/python3.11),python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
# Python keeps the bytecode it compiles (in __pycache__ folders, ignored by Git) even where the environment says
# otherwise (this machine kind sets PYTHONDONTWRITEBYTECODE=1): without it every process of a test run compiled
# the site's modules again, and every pytest process rewrote and compiled all 400 test modules (collection:
# 4.0 CPU s instead of 2.0), some 40 CPU seconds per `make test` (docs/testing.md, "CPU").
unexport PYTHONDONTWRITEBYTECODE
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install setup run test check lint opensearch opensearch-stop postgres postgres-stop redis redis-stop varnish varnish-stop stack stack-stop messages bench backup restore lighthouse

$(VENV)/.installed: requirements.lock pyproject.toml
	PYTHON=$(PYTHON) scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

install: $(VENV)/.installed

setup: install
	@if [ -d locale ]; then $(MANAGE) compilemessages --ignore=.venv -v0; fi
	$(MANAGE) migrate --noinput -v1
	$(MANAGE) sync_locales
	$(MANAGE) load_demo_content
	$(MANAGE) update_index
	$(MANAGE) ensure_admin

run: setup
	@echo "Serving Decentralization.Net at http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

test: install
	scripts/test.sh

# The inner loop between commits: the static checks and the SQLite suite spread over the cores, in random order
# (the seed printed; PYTEST_SEED=<n> replays it). `make test` remains the whole suite.
check: install
	scripts/check.sh

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) scripts/check_layers.py

opensearch:
	scripts/services/opensearch.sh start

opensearch-stop:
	scripts/services/opensearch.sh stop

postgres:
	scripts/services/postgres.sh start

postgres-stop:
	scripts/services/postgres.sh stop

redis:
	scripts/services/redis.sh start

redis-stop:
	scripts/services/redis.sh stop

varnish:
	scripts/services/varnish.sh start

varnish-stop:
	scripts/services/varnish.sh stop

# The production-like stack (docs/caching.md): PostgreSQL, Redis, OpenSearch, gunicorn with the production
# settings, Varnish in front (http://127.0.0.1:6081/), the counter of the pages Varnish answers itself and
# the search index task worker (docs/search-cluster.md).
stack: install
	scripts/stack.sh start

stack-stop:
	scripts/stack.sh stop

# Interface translations: extract the strings of the code and templates into locale/<lang>/LC_MESSAGES/django.po
# (new strings arrive untranslated, changed ones fuzzy: translate them, tests/i18n/test_catalogues.py fails until
# then), then compile the catalogues for `make run`. The languages: multilingual/languages.py (docs/languages.md).
messages: install
	$(MANAGE) makemessages $$($(MANAGE) language_codes --translations | sed 's/^/-l /') --ignore=.venv --ignore=node_modules --no-obsolete --add-location=file
	$(MANAGE) compilemessages --ignore=.venv -v0

# Backup and restore (hardening/backup.py): one .tar.gz with the database (pg_dump or SQLite's backup API), the
# media files and a SHA-256 manifest. `make backup [FILE=path]` (default: backups/decnet-<date>.tar.gz);
# `make restore FILE=path [FORCE=1]` restores into an empty database and media folder (FORCE=1 replaces them).
backup: install
	$(MANAGE) backup_site $(if $(FILE),--output "$(FILE)")

restore: install
	@if [ -z "$(FILE)" ]; then echo "usage: make restore FILE=backups/decnet-....tar.gz [FORCE=1]" >&2; exit 2; fi
	$(MANAGE) restore_site "$(FILE)" $(if $(filter 1 yes true,$(FORCE)),--force)

# Lighthouse (npm lighthouse 12, Debian's Chromium) on the pages the browser tests check; prints the scores.
lighthouse: install
	$(PY) benchmarks/lighthouse.py
