"""`vndx run`'s own faults, fast (no pipeline): a taken demo port, another server on it, a held
lock, a read-only VNDX_HOME, a stage failure. Each is one line for the user, not a traceback."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from vndx.pipeline import runner

REPO = Path(__file__).resolve().parents[2]
VNDX = str(Path(sys.executable).parent / "vndx")


class _Impostor(BaseHTTPRequestHandler):
    """A server that is not our demo site (say an orphan of an earlier run)."""

    def log_message(self, format: str, *args) -> None:
        pass

    def do_GET(self) -> None:
        body = b"someone else"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def _impostor():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Impostor)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_the_demo_site_refuses_a_taken_port(tmp_path, monkeypatch):
    monkeypatch.setenv("VNDX_HOME", str(tmp_path))
    with _impostor() as port:
        with pytest.raises(runner.StageError, match=f"demo site port {port} is taken"):
            with runner.demo_site(port):
                pass
        done = subprocess.run([VNDX, "demo-site", "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().startswith(f"vndx demo-site: cannot listen on 127.0.0.1:{port}")
    assert "Traceback" not in done.stderr


def test_the_readiness_check_knows_its_own_server(tmp_path, monkeypatch):
    """Before: any answer on the port passed, so an orphan's site was crawled instead of ours."""
    monkeypatch.setenv("VNDX_HOME", str(tmp_path))
    with _impostor() as port:
        sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        try:
            with pytest.raises(runner.StageError, match="another server answers"):
                runner._wait_for_demo_site(f"http://127.0.0.1:{port}", "our-token", sleeper)
        finally:
            sleeper.kill()
            sleeper.wait()


def test_the_demo_site_started_by_a_run_is_ours_and_stops_with_it(tmp_path, monkeypatch):
    from tests.faults.brokensite import free_port
    from vndx.pipeline.children import group_members

    monkeypatch.setenv("VNDX_HOME", str(tmp_path))
    port = free_port()
    with runner.demo_site(port) as base:
        import urllib.request

        with urllib.request.urlopen(base + "/robots.txt", timeout=5) as resp:
            assert resp.status == 200
        from vndx.pipeline import children

        groups = list(children._groups)
    assert groups and not any(group_members(g) for g in groups)
    assert runner._port_is_free(port)


def test_a_second_run_is_refused_while_the_lock_is_held(tmp_path):
    from vndx.pipeline.children import run_lock

    env = {**os.environ, "VNDX_HOME": str(tmp_path)}
    with run_lock(tmp_path, "vndx run"):
        done = subprocess.run([VNDX, "run"], env=env, capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 1
    assert done.stderr.strip() == (f"vndx run: another vndx run is using {tmp_path}: pid {os.getpid()}, started "
                                   + done.stderr.split("started ", 1)[1].strip())
    assert "[1/8]" not in done.stdout


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("unshare"), reason="a read-only bind mount needs root")
def test_a_read_only_vndx_home_is_one_line(tmp_path):
    """Before: a 46-line traceback."""
    home = tmp_path / "home"
    home.mkdir()
    script = f"mount --bind -o ro {home} {home} && VNDX_HOME={home}/.vndx {VNDX} run"
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=REPO)
    if "mount" in done.stderr and "vndx run" not in done.stderr:
        pytest.skip(f"no mount namespace here: {done.stderr.strip()}")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"vndx run: VNDX_HOME {home}/.vndx is not writable: Read-only file system ({home}/.vndx)"]


def test_a_failed_stage_is_one_line_naming_the_log(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VNDX_HOME", str(tmp_path))
    stages = runner._Stages()
    try:
        raise ValueError("something broke\nwith a second line")
    except ValueError as exc:
        stages.fail(6, "marts", exc)
    out = capsys.readouterr().out.strip()
    # the stage line ends with the stage's seconds, like every other stage line of `make run`
    assert re.fullmatch(
        re.escape(f"[6/8] marts      FAILED: ValueError: something broke (details: {stages.log})")
        + r" \(\d+\.\d s\)", out), out
    assert "Traceback" in stages.log.read_text()


def test_a_child_that_ignores_sigterm_dies_with_a_killed_run(tmp_path):
    """`vndx run` killed with SIGKILL (no handler runs): before, `airflow dags test` and the demo
    site were orphaned and kept writing. Now each child's guard gets SIGTERM from the kernel and
    stops its whole group, SIGKILL after a grace period for what ignores SIGTERM."""
    import signal
    import time

    from vndx.pipeline.children import group_members

    stubborn = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(300)"
    parent_code = (
        "import sys, time\n"
        "from vndx.pipeline import children\n"
        f"proc = children.popen([sys.executable, '-c', {stubborn!r}])\n"
        "print(proc.pid, flush=True)\n"
        "time.sleep(300)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", parent_code], stdout=subprocess.PIPE, text=True, cwd=REPO)
    group = int(parent.stdout.readline())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(group_members(group)) < 2:  # the guard and its child
        time.sleep(0.1)
    assert len(group_members(group)) == 2
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and group_members(group):
        time.sleep(0.2)
    assert group_members(group) == []
