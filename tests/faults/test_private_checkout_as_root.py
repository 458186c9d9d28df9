"""Fault: as root, a checkout inside a private (0700) folder, e.g. `mktemp -d` or /root.

The service user `vndx-pg` cannot reach anything under that folder: neither the venv's
PostgreSQL binaries nor the checkout's `.vndx/`. Starting `postgres --version` as that user then
raised PermissionError (instead of returning non-zero), so the copy fallback was never reached,
and an empty `/var/lib/vndx/<id>` was left behind. Now: the next candidate, then a copy of the
binaries next to the cluster; and a failed attempt removes what it created.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import tempfile
from pathlib import Path

import pytest

from vndx.warehouse import embedded

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="the service-user fallback exists only for root")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def private_checkout(monkeypatch):
    """A checkout in a 0700 folder whose only PostgreSQL binaries are inside that folder."""
    import pgserver

    private = Path(tempfile.mkdtemp(prefix="vndx-private-"))
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    site = Path(pgserver.__file__).parent.parent  # the venv's site-packages: pgserver/ and pgserver.libs/
    venv = private / "checkout" / ".venv" / "site-packages"
    shutil.copytree(site / "pgserver" / "pginstall", venv / "pgserver" / "pginstall", symlinks=True)
    shutil.copytree(site / "pgserver.libs", venv / "pgserver.libs", symlinks=True)
    pginstall = venv / "pgserver" / "pginstall"
    monkeypatch.setenv("VNDX_HOME", str(private / "checkout" / ".vndx"))
    monkeypatch.setenv("VNDX_PG_PORT", str(_free_port()))
    monkeypatch.delenv("VNDX_WAREHOUSE_URL", raising=False)
    monkeypatch.setattr(embedded, "_binary_candidates", lambda: [pginstall / "bin"])
    fallback = embedded._fallback_dir()
    assert not fallback.exists(), f"{fallback} left by an earlier run"
    yield private, fallback
    try:
        embedded.down()
    finally:
        shutil.rmtree(fallback, ignore_errors=True)
        shutil.rmtree(private, ignore_errors=True)


def test_service_user_cannot_run_the_private_binaries(private_checkout):
    """The precondition of this fault (so the test below really exercises the fallback)."""
    private, _ = private_checkout
    bin_dir = private / "checkout" / ".venv" / "site-packages" / "pgserver" / "pginstall" / "bin"
    assert embedded._runs_as(bin_dir, None)  # root can run them ...
    assert not embedded._runs_as(bin_dir, embedded.SERVICE_USER)  # ... the service user cannot


def test_a_failed_first_start_leaves_nothing_behind_and_the_next_one_works(private_checkout, monkeypatch):
    private, fallback = private_checkout

    def broken_initdb(state):
        raise embedded.WarehouseError("initdb failed (simulated)")

    with monkeypatch.context() as patch:
        patch.setattr(embedded, "_initdb", broken_initdb)
        with pytest.raises(embedded.WarehouseError, match="simulated"):
            embedded.up()
    assert not fallback.exists(), "a failed attempt left its cluster folder behind"
    assert embedded.load_state() is None

    state = embedded.up()  # binaries copied next to the cluster, which the service user owns
    assert Path(state.cluster_dir) == fallback
    assert Path(state.bin_dir) == fallback / "pgcopy" / "pgserver" / "pginstall" / "bin"
    assert state.run_as == embedded.SERVICE_USER

    import psycopg

    with psycopg.connect(state.url(), connect_timeout=10) as conn:
        assert conn.execute("select 1").fetchone() == (1,)
    assert embedded.up().port == state.port  # a second start finds it running
    assert embedded.down() is True
    again = embedded.up()  # and a restart of the stopped cluster works from the copy too
    assert again.cluster_dir == state.cluster_dir
