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

.PHONY: docs setup run test test-unit test-e2e eval bench bench-pipeline lint warehouse-up warehouse-down demo-site bi bi-down test-bi clean \
	airflow airflow-down test-distributed redis-server

## setup: create .venv from the lock file (uv), install vndx in it
setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check "uv==$(UV_VERSION)"
	@# --compile-bytecode: uv writes no .pyc by default, and where PYTHONDONTWRITEBYTECODE is set Python never
	@# caches them either: every airflow/dbt process (each Airflow task) would compile its imports again
	$(BIN)/uv pip install -q --compile-bytecode --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	@touch $@

## run: start the embedded warehouse and the demo site, run the whole pipeline once, print the marts
run: setup
	$(BIN)/vndx run

## test: every test (unit, DAG integrity, dbt, GX, scrapers over local HTTP, end to end)
test: setup warehouse-up
	$(BIN)/python -m pytest -q -m "not distributed"

test-unit: setup
	$(BIN)/python -m pytest -q -m "not e2e and not distributed"

test-e2e: setup warehouse-up
	$(BIN)/python -m pytest -q -m e2e

## airflow: Airflow 3 on http://127.0.0.1:8080 (api-server + UI, scheduler, dag-processor, triggerer,
## LocalExecutor, metadata in the embedded PostgreSQL); prints the login; the DAGs start paused
airflow: setup warehouse-up
	$(BIN)/vndx airflow up

airflow-down:
	$(BIN)/vndx airflow down

## test-distributed: compose's CeleryExecutor deployment as local processes (Redis, two workers)
## and `make airflow`, driven through the REST API; the trap stops what they started, even on failure
DIST_HOME := $(CURDIR)/.vndx/test-distributed
test-distributed: setup warehouse-up redis-server
	@trap 'for d in celery local; do VNDX_HOME=$(DIST_HOME)/$$d $(BIN)/vndx airflow down >/dev/null 2>&1; done' EXIT; \
	  VNDX_DISTRIBUTED_HOME=$(DIST_HOME) $(BIN)/python -m pytest -q -m distributed tests/distributed

# Debian's redis-server (the Celery broker of test-distributed), installed like bi/install_browser.sh
redis-server:
	@command -v redis-server >/dev/null || { \
	  if [ "$$(id -u)" != 0 ]; then echo "redis-server is missing: sudo apt-get install -y redis-server" >&2; exit 1; fi; \
	  echo "[redis] installing Debian's redis-server"; apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null; }

## eval: precision / recall / F1 of the extractor, errors by cause (CORPUS=folder, default the seeds; FOLD=A|B|C;
##       PERTURB=1 or PERTURB=family,...: per rewrite family of vndx/extract/perturb.py)
eval: setup
	$(BIN)/python scripts/eval.py $(CORPUS) $(if $(FOLD),--fold $(FOLD),) $(if $(PERTURB),--perturb $(if $(filter 1,$(PERTURB)),,$(PERTURB)),)

## bench: extraction, crawl, dbt and marts-DAG benchmarks; results in bench/results/*.json
bench: setup warehouse-up
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/crawl.py
	$(BIN)/python bench/dbt.py
	$(BIN)/python bench/transform.py
	$(BIN)/python bench/pipeline.py

## bench-pipeline: the whole pipeline on a synthetic web (50 loopback hosts, 2,000 then 20,000 pages) through
## the real scheduler, each stage also alone; results in bench/results/pipeline.json (long: over an hour on 2 cores)
bench-pipeline: setup warehouse-up
	$(BIN)/python bench/pipeline.py $(PIPELINE_ARGS)

lint: setup
	$(BIN)/ruff check .

## docs: serve the dbt docs (127.0.0.1:8580) and the GX Data Docs (:8581) of `make run`, print the URLs (Ctrl-C stops)
docs: setup
	$(BIN)/vndx docs

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
