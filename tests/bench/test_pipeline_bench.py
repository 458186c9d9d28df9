"""bench/pipeline.py's reading of the scheduler log: the starvation signs a run records with its
figures (a starved scheduler resets its own running tasks as orphans). No timing asserted."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str):
    sys.path.insert(0, str(BENCH))  # bench/pipeline.py imports its sibling synthweb
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


pipeline = _load("pipeline")


def test_counts_heartbeat_lag_and_orphan_resets(tmp_path):
    log = tmp_path / "scheduler.log"
    log.write_text(
        "[info] Heartbeat recovered after 45.20 seconds\n"
        "[info] Adopting or resetting orphaned tasks for active dag runs\n"
        "[info] Reset the following 16 orphaned TaskInstances:\n"
        "[info] Heartbeat recovered after 91.03 seconds\n",
        encoding="utf-8",
    )
    assert pipeline.scheduler_trouble(log) == {"heartbeat_recovered_lines": 2, "orphan_resets": 1}


def test_a_quiet_log_and_no_log_count_nothing(tmp_path):
    quiet = tmp_path / "scheduler.log"
    quiet.write_text("[info] Adopting or resetting orphaned tasks for active dag runs\n", encoding="utf-8")
    assert pipeline.scheduler_trouble(quiet) == {"heartbeat_recovered_lines": 0, "orphan_resets": 0}
    assert pipeline.scheduler_trouble(tmp_path / "missing.log") == {"heartbeat_recovered_lines": 0, "orphan_resets": 0}
