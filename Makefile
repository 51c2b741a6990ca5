# Two commands do everything on a fresh machine: `make run` and `make test`.
# Both start with `make setup`, which is also usable alone.

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test lint bench demo

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# The venv is refreshed whenever requirements.txt changes.
$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

setup: $(VENV)/.installed node_modules/.package-lock.json
	@sh scripts/ensure-debian-package.sh dot graphviz
	$(PY) manage.py migrate --noinput

demo: setup
	$(PY) manage.py load_demo

run: demo
	@echo
	@echo "Open http://$(HOST):$(PORT)/ and sign in as demo / demo-password"
	@echo
	$(VENV)/bin/daphne -b $(HOST) -p $(PORT) designer.asgi:application

test: setup
	@sh scripts/ensure-debian-package.sh /usr/bin/chromium chromium
	node --test tests/js/
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(VENV)/bin/pytest

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: setup
	$(PY) bench/run_all.py
