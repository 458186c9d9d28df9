"""Faults around the process, on one checkout with its own embedded warehouse:

1. a second `vndx run` while one runs: it names the holder of the lock and exits 1, at once;
2. `vndx run` killed mid-crawl (SIGKILL, what a CI cancel or the OOM killer does): its children
   (the demo site, `airflow dags test`) die with it, nothing answers on the demo port;
3. the next run: the warehouse stopped under it when the marts start: one FAILED line that
   keeps "Connection refused", exit 1;
4. the run after that recovers: exit 0, and the demo sources hold exactly the rows of a clean run.

Before: no lock (the second run deleted the first's DagRun, both wrote the same log); the killed
run's children were orphaned and kept writing, the next demo site could not bind its port and the
readiness check took the orphan's answer; the marts failure said only "Database Error".
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults import brokensite

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(bool(os.environ.get("VNDX_WAREHOUSE_URL")),
                       reason="stops and restarts a warehouse of its own (the embedded one)"),
]

REPO = Path(__file__).resolve().parents[2]
VNDX = str(Path(sys.executable).parent / "vndx")


def _alive(pgid: int) -> bool:
    from vndx.pipeline.children import group_members

    return bool(group_members(pgid))


def _listens(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    home = tmp_path_factory.mktemp("vndx_home_process")
    out: dict = {}
    env = {**os.environ, "VNDX_HOME": str(home), "VNDX_PG_PORT": str(brokensite.free_port()),
           "VNDX_DEMO_PORT": str(brokensite.free_port())}
    env.pop("VNDX_WAREHOUSE_URL", None)
    try:
        with brokensite.running() as site:
            env["VNDX_SOURCES"] = str(brokensite.registry(home / "sources", site.base, ["slow"]))
            first = subprocess.Popen([VNDX, "run"], env=env, cwd=REPO, text=True,
                                     stdout=(home / "first.out").open("w"), stderr=subprocess.STDOUT)
            assert site.slow_started.wait(timeout=900), "the crawl never started"
            out["second"] = subprocess.run([VNDX, "run"], env=env, cwd=REPO, text=True, capture_output=True,
                                           timeout=120)
            out["first_pid"] = first.pid
            out["groups"] = json.loads((home / "run.lock").read_text())["process_groups"]
            first.send_signal(signal.SIGKILL)  # only `vndx run` itself
            first.wait()
            site.slow_release.set()
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and (any(map(_alive, out["groups"]))
                                                   or _listens(int(env["VNDX_DEMO_PORT"]))):
                time.sleep(0.5)
            out["orphans"] = [g for g in out["groups"] if _alive(g)]
            out["demo_port_answers"] = _listens(int(env["VNDX_DEMO_PORT"]))

            third = subprocess.Popen([VNDX, "run"], env=env, cwd=REPO, text=True, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
            lines = []
            for line in third.stdout:
                lines.append(line)
                if line.startswith("[5/8]"):  # the marts are next: stop the warehouse under them
                    subprocess.run([VNDX, "warehouse", "down"], env=env, check=True, capture_output=True)
            third.wait(timeout=1800)
            out["third"] = (third.returncode, "".join(lines))
            out["fourth"] = subprocess.run([VNDX, "run"], env=env, cwd=REPO, text=True, capture_output=True,
                                           timeout=1800)
            from vndx.pipeline.report import rows_by_source
            from vndx.warehouse import embedded

            state = embedded.State(**json.loads((home / "warehouse" / "state.json").read_text()))
            out["by_source"] = rows_by_source(state.url())
        yield out
    finally:
        subprocess.run([VNDX, "warehouse", "down"], env=env, capture_output=True)
        state_file = home / "warehouse" / "state.json"
        if state_file.exists():
            cluster = Path(json.loads(state_file.read_text())["cluster_dir"])
            if cluster.is_relative_to("/var/lib/vndx"):  # the root fallback outside the checkout
                shutil.rmtree(cluster, ignore_errors=True)


def test_a_second_run_names_the_holder_and_exits_at_once(scenario):
    second = scenario["second"]
    assert second.returncode == 1
    assert "another vndx run is using" in second.stderr and f"pid {scenario['first_pid']}" in second.stderr
    assert "[1/8]" not in second.stdout  # it touched nothing


def test_a_killed_run_takes_its_children_with_it(scenario):
    assert len(scenario["groups"]) >= 2  # the demo site and `airflow dags test`, each its own group
    assert scenario["orphans"] == []
    assert not scenario["demo_port_answers"]


def test_the_warehouse_stopped_under_the_marts_is_one_line_with_its_cause(scenario):
    code, out = scenario["third"]
    assert code == 1, out
    assert "[5/8] crawl" in out and "FAILED" not in out.split("[5/8]", 1)[1].split("\n", 1)[0]
    failed = [ln for ln in out.splitlines() if ln.startswith("[6/8] marts      FAILED:")]
    assert failed and "Connection refused" in failed[0], out
    assert "Traceback" not in out


def _crawl_lines(out: str) -> str:
    """The crawl's progress line and the failed sources' reasons indented under it (the tail of the
    output is the mart table, which says nothing about why a source failed)."""
    lines = out.splitlines()
    at = next((i for i, ln in enumerate(lines) if ln.startswith("[5/8]")), None)
    if at is None:
        return ""
    block = [lines[at], *itertools.takewhile(lambda ln: ln.startswith("        "), lines[at + 1 : at + 21])]
    return "\n".join(block) + "\n...\n"


def test_the_next_run_recovers_with_the_rows_of_a_clean_run(scenario, clean_demo_run):
    fourth = scenario["fourth"]
    assert fourth.returncode == 0, _crawl_lines(fourth.stdout) + fourth.stdout[-3000:] + fourth.stderr[-3000:]
    got = scenario["by_source"]
    for table, clean in clean_demo_run.by_source.items():
        assert {s: n for s, n in got[table].items() if s.startswith("demo-")} == clean, table
    assert got["marts.fct_indicator_observation"].get("slow") == 1
