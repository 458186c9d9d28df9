"""`python -m vndx.pipeline.guard -- CMD...`: run CMD so that its whole process group dies with us.

`vndx run` starts each child through this guard, as the leader of the child's own process
group, with PR_SET_PDEATHSIG (see vndx.pipeline.children): when `vndx run` dies, even by
SIGKILL, the kernel sends the guard SIGTERM. A program such as `airflow dags test` may take its
time over a SIGTERM (or ignore it while a task runs); the guard passes SIGTERM on to the group,
waits a little, then SIGKILLs what is left. It exits with CMD's exit code.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

GRACE_SECONDS = 10.0


def _stop_group(child: subprocess.Popen) -> None:
    from vndx.pipeline.children import group_members  # noqa: PLC0415 (only when stopping)

    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # the group-wide signal below reaches us too
    group = os.getpgrp()
    os.killpg(group, signal.SIGTERM)
    deadline = time.monotonic() + GRACE_SECONDS
    while time.monotonic() < deadline and [p for p in group_members(group) if p != os.getpid()]:
        child.poll()  # reap it when it is done
        time.sleep(0.1)
    for pid in group_members(group):
        if pid != os.getpid():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def main(argv: list[str]) -> int:
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        print("usage: python -m vndx.pipeline.guard -- CMD...", file=sys.stderr)
        return 2
    stopping = False

    def on_signal(signum, _frame) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    child = subprocess.Popen(argv)  # same process group as this guard
    while child.poll() is None and not stopping:
        time.sleep(0.2)
    if stopping:
        _stop_group(child)
        child.wait()
        return 128 + signal.SIGTERM
    return child.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
