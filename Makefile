# vndx — two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__COSMOS__ENABLE_TELEMETRY := False
export DBT_SEND_ANONYMOUS_USAGE_STATS := False
export DO_NOT_TRACK := 1

.PHONY: setup run test test-unit test-e2e eval bench lint warehouse-up warehouse-down demo-site bi bi-down test-bi clean

## setup: create .venv from the lock file (uv), install vndx in it
setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv pip install -q --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	@touch $@

## run: start the embedded warehouse and the demo site, run the whole pipeline once, print the marts
run: setup
	$(BIN)/vndx run

## test: every test (unit, DAG integrity, dbt, GX, scrapers over local HTTP, end to end)
test: setup warehouse-up
	$(BIN)/python -m pytest -q

test-unit: setup
	$(BIN)/python -m pytest -q -m "not e2e"

test-e2e: setup warehouse-up
	$(BIN)/python -m pytest -q -m e2e

## eval: precision / recall / F1 of the extractor, errors by cause (CORPUS=folder, default the seeds; FOLD=A|B|C)
eval: setup
	$(BIN)/python scripts/eval.py $(CORPUS) $(if $(FOLD),--fold $(FOLD),)

## bench: extraction, crawl and dbt benchmarks; results in bench/results/*.json
bench: setup warehouse-up
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/crawl.py
	$(BIN)/python bench/dbt.py

lint: setup
	$(BIN)/ruff check .

warehouse-up: setup
	$(BIN)/vndx warehouse up

warehouse-down: setup
	$(BIN)/vndx warehouse down

demo-site: setup
	$(BIN)/vndx demo-site

## bi: Superset (own venv .venv-superset) on http://127.0.0.1:8088 over the marts, as bi_reader
bi: setup warehouse-up
	@$(BIN)/vndx facts > /dev/null 2>&1 || $(BIN)/vndx run  # the dashboard needs built marts
	bash bi/superset/up.sh

## test-bi: headless Chromium opens the dashboard and checks every chart shows data
test-bi: bi
	bash bi/install_browser.sh
	.venv-superset/bin/python bi/superset/browser_test.py

bi-down:
	bash bi/superset/down.sh

clean: warehouse-down
	rm -rf .vndx dbt_project/target dbt_project/logs
