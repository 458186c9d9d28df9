"""Child processes of `vndx run` (the demo site, `airflow dags test`) and the run lock.

Each child runs in its own process group, so stopping it stops everything it started (Airflow's
task processes, dbt). The children die with `vndx run`:
- on exit, SIGTERM or SIGINT, `vndx run` stops their groups (`stop_all`);
- if `vndx run` is killed outright (SIGKILL: a CI cancel, the OOM killer), the kernel sends each
  child's guard SIGTERM (PR_SET_PDEATHSIG), which stops its whole group (vndx.pipeline.guard);
  and the next run stops any group the dead run left behind (their ids are in the lock file).

The lock (`$VNDX_HOME/run.lock`, flock) lets one run at a time use a checkout's state: a second
`vndx run` says who holds it and exits. The kernel releases it when its holder dies.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

_PR_SET_PDEATHSIG = 1
_groups: list[int] = []  # process groups started by this run, still to stop
_lock_path: Path | None = None


class RunLockedError(RuntimeError):
    """Another `vndx run` is using this VNDX_HOME."""


def _die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def popen(cmd: list[str], **kwargs) -> subprocess.Popen:
    """Start a child in its own process group, stopped with this run (see the module doc).

    The group's leader is a guard (vndx.pipeline.guard) that turns the SIGTERM it gets when this
    run dies into SIGTERM, then SIGKILL, for the whole group: a child that lingers over a
    SIGTERM (`airflow dags test` in a task) does not outlive the run."""
    guarded = [sys.executable, "-m", "vndx.pipeline.guard", "--", *cmd]
    proc = subprocess.Popen(guarded, start_new_session=True, preexec_fn=_die_with_parent, **kwargs)
    _groups.append(proc.pid)
    _save_groups()
    return proc


def stop(proc: subprocess.Popen, timeout: float = 10) -> None:
    """SIGTERM the child's whole group, then SIGKILL what is left after `timeout`."""
    _stop_group(proc.pid, timeout)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=1)
    if proc.pid in _groups:
        _groups.remove(proc.pid)
        _save_groups()


def group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group, from /proc."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if fields[0] != "Z" and int(fields[2]) == pgid:
                members.append(int(stat.parent.name))
    return members


def _group_alive(pgid: int) -> bool:
    return bool(group_members(pgid))


def _stop_group(pgid: int, timeout: float) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _group_alive(pgid):
        time.sleep(0.1)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(-pgid, os.WNOHANG)  # reap our own child so the group can disappear
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def stop_all() -> None:
    for pgid in list(_groups):
        _stop_group(pgid, 10)
        _groups.remove(pgid)
    _save_groups()


def _on_signal(signum: int, _frame) -> None:
    # Unwind (finally blocks stop the children and release the lock), then exit 128 + signum.
    raise SystemExit(128 + signum)


def _holder(path: Path) -> dict:
    with contextlib.suppress(OSError, ValueError):
        return json.loads(path.read_text() or "{}")
    return {}


def _save_groups() -> None:
    if _lock_path is None:
        return
    info = _holder(_lock_path)
    info["process_groups"] = list(_groups)
    with contextlib.suppress(OSError):
        _lock_path.write_text(json.dumps(info))


def _stop_leftovers(info: dict) -> list[int]:
    """Process groups a killed run left behind (recorded in the lock file): stop them."""
    stopped = []
    for pgid in info.get("process_groups") or []:
        if isinstance(pgid, int) and pgid > 1 and _group_alive(pgid) and _ours(pgid):
            _stop_group(pgid, 10)
            stopped.append(pgid)
    return stopped


def _ours(pgid: int) -> bool:
    """The group leader is still a vndx child (not a recycled pid of someone else)."""
    try:
        cmdline = Path(f"/proc/{pgid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return True  # the leader is gone but members remain: they were ours
    return b"vndx" in cmdline or b"airflow" in cmdline


@contextlib.contextmanager
def run_lock(home: Path, what: str = "vndx run") -> Iterator[Path]:
    """Hold `home/run.lock` for the duration; RunLockedError (naming the holder) if taken."""
    global _lock_path
    home.mkdir(parents=True, exist_ok=True)
    path = home / "run.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            info = _holder(path)
            raise RunLockedError(
                f"another {info.get('what', 'vndx run')} is using {home}: pid {info.get('pid', '?')},"
                f" started {info.get('started_at', '?')} ({path}); wait for it or stop it") from None
        leftovers = _stop_leftovers(_holder(path))
        if leftovers:
            print(f"vndx: stopped process groups {leftovers} left by a run that was killed", flush=True)
        path.write_text(json.dumps({"pid": os.getpid(), "what": what, "process_groups": [],
                                    "started_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}))
        _lock_path = path
        previous = {s: signal.signal(s, _on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
        try:
            yield path
        finally:
            stop_all()
            for s, handler in previous.items():
                signal.signal(s, handler)
            _lock_path = None
            with contextlib.suppress(OSError):
                path.write_text("")
    finally:
        os.close(fd)  # releases the flock
