# City Diplomacy: two commands matter. `make run` sets up and serves the app with demo data;
# `make test` sets up and runs the whole test suite (SQLite, then PostgreSQL when reachable).
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
REGISTRY_BENCH_PG ?= postgres://postgres@127.0.0.1:5432/citydiplomacy_registry_bench
AWARDS_BENCH_PG ?= postgres://postgres@127.0.0.1:5432/citydiplomacy_awards_bench
EXPORTS_BENCH_PG ?= postgres://postgres@127.0.0.1:5432/citydiplomacy_exports_bench
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup assets run demo test test-sqlite test-postgres lint bench browser clean messages

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,bench]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

assets: node_modules/.installed
	$(PY) scripts/vendor_assets.py

setup: $(VENV)/.installed assets

demo: setup
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py seed_demo

run: demo
	@echo "Serving City Diplomacy at http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(PY) manage.py runserver $(HOST):$(PORT)

browser:
	@bash scripts/ensure_chromium.sh

lint: setup
	$(VENV)/bin/ruff check --no-cache citydiplomacy bench scripts
	$(VENV)/bin/ruff format --no-cache --check citydiplomacy bench scripts
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run -v0

test-sqlite: setup browser
	$(PY) -m pytest -q -p no:cacheprovider

test-postgres: setup
	@bash scripts/test_postgres.sh "$(PG_URL)" $(PY)

test: lint test-sqlite test-postgres

bench: setup
	$(PY) bench/run.py $(BENCH_ARGS)
	$(PY) bench/registry/run.py
	$(PY) scripts/fresh_pg_db.py $(REGISTRY_BENCH_PG)
	DATABASE_URL=$(REGISTRY_BENCH_PG) $(PY) bench/registry/run.py
	$(PY) bench/news/run.py --quick
	$(PY) bench/awards/run.py
	$(PY) scripts/fresh_pg_db.py $(AWARDS_BENCH_PG)
	DATABASE_URL=$(AWARDS_BENCH_PG) $(PY) bench/awards/run.py
	$(PY) bench/events/run.py
	$(PY) bench/exports/run.py
	$(PY) scripts/fresh_pg_db.py $(EXPORTS_BENCH_PG)
	DATABASE_URL=$(EXPORTS_BENCH_PG) $(PY) bench/exports/run.py

# The production setup (gunicorn on PostgreSQL, deploy/) under 20 logged-in clients.
.PHONY: bench-load
bench-load: setup
	$(PY) bench/load/run.py

messages: setup
	cd citydiplomacy && ../$(VENV)/bin/django-admin makemessages -l fa --ignore 'newsengine/*' && ../$(VENV)/bin/django-admin compilemessages

clean:
	rm -rf $(VENV) node_modules citydiplomacy/static/vendor staticfiles test-artifacts
