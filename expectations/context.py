"""The process-wide ephemeral GX context, its Data Docs site, and each suite's GX objects.

Built once per process (and per Data Docs folder) and cached: importing GX and building a context
costs seconds, validating a batch then costs well under one. A batch runs GX's validator on its
frame and stores the result (no checkpoint: its freshness checks and bookkeeping were ~15 % of a
small batch's CPU, for objects this process built itself) and renders no Data Docs (re-rendering
the site's index on every batch cost ~1 s and grew with the history); the Data Docs are built
once per DAG run by `build_data_docs`, for that run's validation results. Everything is configured in code:
- the default `local_site` Data Docs site is replaced by one writing to the folder the caller
  names (vndx: `Settings.gx_docs_dir`, `VNDX_GX_DOCS_DIR`, default `$VNDX_HOME/gx/data_docs`);
- validation results are kept on disk next to it (`<docs_dir>/../validation_results`), so the
  Data Docs index lists the runs of every process, not only this one; expectation suites,
  and validation definitions stay in memory (they are code, rebuilt at run time);
- analytics are off, progress bars are off and the `great_expectations` logger is at WARNING.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

SITE_NAME = "local_site"
DATASOURCE = "vndx_frames"
INDEX_LIMIT = 500  # validation results listed on the Data Docs index page

_lock = threading.RLock()
_contexts: dict[str, Any] = {}


def quiet_logs() -> None:
    for name in ("great_expectations", "great_expectations.core", "posthog"):
        logging.getLogger(name).setLevel(logging.WARNING)


def import_gx():
    """`great_expectations`, imported quietly (no analytics, its loggers at WARNING)."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    quiet_logs()
    import great_expectations as gx  # noqa: PLC0415

    quiet_logs()
    return gx


def _build_context(docs: Path):
    gx = import_gx()
    from great_expectations.data_context.types.base import (  # noqa: PLC0415
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    docs.mkdir(parents=True, exist_ok=True)
    results = docs.parent / "validation_results"
    results.mkdir(parents=True, exist_ok=True)
    project = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
    )
    project.stores[project.validation_results_store_name]["store_backend"] = {
        "class_name": "TupleFilesystemStoreBackend",
        "base_directory": str(results),
    }
    project.data_docs_sites = {
        SITE_NAME: {
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs)},
            "site_index_builder": {
                "class_name": "DefaultSiteIndexBuilder",
                "validation_results_limit": INDEX_LIMIT,
            },
        }
    }
    ctx = gx.get_context(mode="ephemeral", project_config=project)
    ctx.data_sources.add_pandas(DATASOURCE)
    quiet_logs()
    return ctx


def context(docs_dir: Path):
    """The cached ephemeral context writing Data Docs to `docs_dir`."""
    docs = Path(docs_dir).resolve()
    with _lock:
        ctx = _contexts.get(str(docs))
        if ctx is None:
            ctx = _contexts[str(docs)] = _build_context(docs)
        return ctx


@dataclass
class RunOutcome:
    """A suite's validation result for one batch and the Data Docs page that shows it."""

    result: Any  # ExpectationSuiteValidationResult
    data_docs_path: str
    gx_version: str


@dataclass
class _Prepared:
    """What a suite's runs reuse in this process: built once per (docs folder, suite, key)."""

    key: object
    suite: Any  # the ExpectationSuite, registered in the context (its Data Docs page)
    validation: Any  # the ValidationDefinition, registered (its id is in every result's meta)
    result_format: dict


_prepared: dict[tuple[str, str], _Prepared] = {}


def _prepare(ctx, docs_dir: Path, suite_name: str, key: object, build: Callable[[], list],
             row_id: str) -> _Prepared:
    """The suite and validation definition of `suite_name`, (re)built when `key` (e.g. the day,
    the catalog) changes; otherwise the ones already registered."""
    gx = import_gx()
    cache_key = (str(Path(docs_dir).resolve()), suite_name)
    prepared = _prepared.get(cache_key)
    if prepared is not None and prepared.key == key:
        return prepared
    for factory in (ctx.validation_definitions, ctx.suites):
        try:
            factory.delete(suite_name)
        except Exception:
            pass
    datasource = ctx.data_sources.get(DATASOURCE)
    try:
        asset = datasource.get_asset(suite_name)
    except LookupError:
        asset = datasource.add_dataframe_asset(suite_name)
    try:
        batch_definition = asset.get_batch_definition("batch")
    except (KeyError, LookupError):
        batch_definition = asset.add_batch_definition_whole_dataframe("batch")
    suite = ctx.suites.add(gx.ExpectationSuite(name=suite_name, expectations=build()))
    validation = ctx.validation_definitions.add(
        gx.ValidationDefinition(name=suite_name, data=batch_definition, suite=suite)
    )
    prepared = _prepared[cache_key] = _Prepared(
        key=key, suite=suite, validation=validation,
        # COMPLETE + the row id: every failing row is named in `unexpected_index_list`.
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [row_id]},
    )
    return prepared


def run_name(batch_id: str) -> str:
    """The GX run name of a batch (its validation results are filed, and listed, under it)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "__", batch_id)


@contextlib.contextmanager
def _configurations_built_once():
    """While a batch is validated, each expectation's `configuration` is built once, not on
    every read. GX 1.x rebuilds it from the pydantic model on each access (`dict()`, then a new
    `ExpectationConfiguration`), and its validator reads it ~140 times per expectation while it
    plans the metrics: a third of a small batch's CPU, the same for 1 row as for 1,000. The
    validator builds its expectations afresh from the suite's configurations and only reads them,
    so within one run the value cannot change; outside it (and in other threads, which wait on
    `_lock`) the property is GX's own. Keyed by object id, the objects held until the run ends."""
    from great_expectations.expectations.expectation import Expectation  # noqa: PLC0415

    original = Expectation.__dict__.get("configuration")
    if not isinstance(original, property):  # another GX: leave it alone
        yield
        return
    built: dict[int, tuple[Any, Any]] = {}

    def configuration(self):
        entry = built.get(id(self))
        if entry is None or entry[0] is not self:
            entry = built[id(self)] = (self, original.fget(self))
        return entry[1]

    Expectation.configuration = property(configuration, doc=original.__doc__)
    try:
        yield
    finally:
        Expectation.configuration = original
        built.clear()


def _validate(ctx, prepared: _Prepared, frame, batch_id: str):
    """One batch through GX's validator, its result stored for the Data Docs: what
    `ValidationDefinition.run` does, without re-checking on every batch that the suite, the
    validation definition and a checkpoint are still as stored (they are this process's own
    objects, built once; those checks and the checkpoint's bookkeeping were ~15 % of a small
    batch's CPU). Returns (result, its store key)."""
    gx = import_gx()
    from great_expectations.constants import DATAFRAME_REPLACEMENT_STR  # noqa: PLC0415
    from great_expectations.data_context.types.resource_identifiers import (  # noqa: PLC0415
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )
    from great_expectations.validator.v1_validator import Validator  # noqa: PLC0415

    validation = prepared.validation
    validator = Validator(batch_definition=validation.batch_definition,
                          batch_parameters={"dataframe": frame}, result_format=prepared.result_format)
    with _configurations_built_once():
        result = validator.validate_expectation_suite(prepared.suite)
    run_id = gx.RunIdentifier(run_name=run_name(batch_id))
    result.meta.update({
        "validation_id": validation.id, "checkpoint_id": None, "run_id": run_id,
        "validation_time": run_id.run_time, "batch_parameters": {"dataframe": DATAFRAME_REPLACEMENT_STR},
    })
    key = ValidationResultIdentifier(
        expectation_suite_identifier=ExpectationSuiteIdentifier(name=prepared.suite.name),
        run_id=run_id, batch_identifier=validator.active_batch_id,
    )
    ctx.validation_results_store.set(key, result)
    return result, key


def run_suite(suite_name: str, key: object, build: Callable[[], list], frame, batch_id: str,
              row_id: str, docs_dir: Path) -> RunOutcome:
    """Validate `frame` (one batch) with the suite; the result is stored next to `docs_dir`, and
    `data_docs_path` is where its page will be once `build_data_docs` has run."""
    gx = import_gx()
    with _lock:
        ctx = context(docs_dir)
        prepared = _prepare(ctx, docs_dir, suite_name, key, build, row_id)
        result, identifier = _validate(ctx, prepared, frame, batch_id)
        urls = ctx.get_docs_sites_urls(resource_identifier=identifier, site_names=[SITE_NAME], only_if_exists=False)
        site_url = (urls[0].get("site_url") if urls else None) or ""
        path = unquote(urlsplit(site_url).path) if site_url.startswith("file:") else site_url
        quiet_logs()
        return RunOutcome(result=result, data_docs_path=path, gx_version=gx.__version__)


def expectation_configs(build: Callable[[], list]) -> list[dict]:
    """The expectations `build` returns, as GX configures them (JSON), e.g. to fingerprint a suite.
    (Under the lock: a run in another thread changes how `configuration` is read.)"""
    with _lock:
        return [e.configuration.to_json_dict() for e in build()]


def register_suite(suite_name: str, key: object, build: Callable[[], list], row_id: str, docs_dir: Path) -> None:
    """Make the suite known to this process's context (so that its Data Docs page can be built)."""
    with _lock:
        _prepare(context(docs_dir), docs_dir, suite_name, key, build, row_id)


def build_data_docs(docs_dir: Path, batch_ids: list[str] | None, suite_names: tuple[str, ...] = ()) -> Path:
    """Render the Data Docs pages of every stored validation result of `batch_ids` (all stored
    results when None), the pages of `suite_names` (registered first) and the index; once per run.

    The results are read from the store on disk, so any process can build the docs of batches
    that other processes validated."""
    from great_expectations.data_context.types.resource_identifiers import (  # noqa: PLC0415
        ExpectationSuiteIdentifier,
    )

    docs = Path(docs_dir).resolve()
    with _lock:
        ctx = context(docs)
        if batch_ids is None:
            ctx.build_data_docs(site_names=[SITE_NAME])
        else:
            names = {run_name(b) for b in batch_ids}
            keys = [k for k in ctx.validation_results_store.list_keys() if k.run_id.run_name in names]
            keys += [ExpectationSuiteIdentifier(name=n) for n in suite_names]
            # (an empty list means "every page" to GX: the suites' pages keep it from being empty)
            ctx.build_data_docs(site_names=[SITE_NAME], resource_identifiers=keys)
        quiet_logs()
    return docs / "index.html"


def data_docs_index(docs_dir: Path) -> Path:
    """The Data Docs index page in `docs_dir` (built on first use, so it exists before any run)."""
    index = Path(docs_dir).resolve() / "index.html"
    if not index.exists():
        with _lock:
            context(docs_dir).build_data_docs(site_names=[SITE_NAME])
    return index
