"""An embedded PostgreSQL that the project starts itself, on 127.0.0.1 TCP, until stopped.

Binaries: the ones the `pgserver` wheel ships (PostgreSQL 16), else Debian's
(`/usr/lib/postgresql/<v>/bin`). Data: `$VNDX_HOME/warehouse/pgdata` (git-ignored).

PostgreSQL refuses to run as root. When we are root, the server runs as an unprivileged
system user (`vndx-pg`, created on first use) that owns only the warehouse folder we create.
No permission of any existing folder is changed: if that user cannot reach the project's
folder (a checkout under a private home, say), the cluster lives in `/var/lib/vndx/<id>`
instead, and `state.json` in the project says where.

The server is started detached (its own session), so it survives the command that started
it; `down()` stops it. Both are idempotent.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import time
from pathlib import Path

from vndx import config

SERVICE_USER = "vndx-pg"
SUPERUSER = "vndx"
DATABASE = "vndx"


class WarehouseError(RuntimeError):
    """The embedded warehouse could not be started, reached or stopped."""


@dataclasses.dataclass
class State:
    """What `up()` decided, kept in `$VNDX_HOME/warehouse/state.json` (mode 0600)."""

    port: int
    password: str
    cluster_dir: str
    bin_dir: str
    run_as: str | None

    @property
    def pgdata(self) -> Path:
        return Path(self.cluster_dir) / "pgdata"

    @property
    def logfile(self) -> Path:
        return Path(self.cluster_dir) / "log" / "postgres.log"

    def url(self, database: str = DATABASE) -> str:
        return f"postgresql://{SUPERUSER}:{self.password}@127.0.0.1:{self.port}/{database}"


def _warehouse_dir() -> Path:
    return config.home() / "warehouse"


def _state_file() -> Path:
    return _warehouse_dir() / "state.json"


def load_state() -> State | None:
    path = _state_file()
    if not path.exists():
        return None
    return State(**json.loads(path.read_text()))


def _save_state(state: State) -> None:
    path = _state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(dataclasses.asdict(state), indent=2))
    tmp.chmod(0o600)
    tmp.replace(path)


# --- who runs the server ---------------------------------------------------------------


def _is_root() -> bool:
    return os.geteuid() == 0


def _ensure_service_user() -> None:
    try:
        pwd.getpwnam(SERVICE_USER)
        return
    except KeyError:
        pass
    nologin = "/usr/sbin/nologin" if Path("/usr/sbin/nologin").exists() else "/bin/false"
    cmd = ["useradd", "--system", "--user-group", "--no-create-home", "--shell", nologin, SERVICE_USER]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0 and "already exists" not in done.stderr:
        raise WarehouseError(f"could not create system user {SERVICE_USER}: {done.stderr.strip()}")


def _run(cmd: list[str], run_as: str | None, **kwargs) -> subprocess.CompletedProcess:
    if run_as:
        kwargs.setdefault("user", run_as)
        kwargs.setdefault("group", run_as)
        kwargs.setdefault("extra_groups", [])
    kwargs.setdefault("cwd", "/")
    return subprocess.run(cmd, **kwargs)


def _can_use(path: Path, run_as: str | None, test: str) -> bool:
    """Whether `run_as` can `test -x`/`-w` the path (always true when not switching user)."""
    if not run_as:
        return True
    return _run(["test", test, str(path)], run_as, capture_output=True).returncode == 0


# --- binaries ---------------------------------------------------------------------------


def _binary_candidates() -> list[Path]:
    found: list[Path] = []
    override = config.settings().pg_bin
    if override:
        found.append(override)
    with contextlib.suppress(ImportError):
        import pgserver  # noqa: PLC0415  (heavy-ish; only when starting the warehouse)

        found.append(Path(pgserver.__file__).parent / "pginstall" / "bin")
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    found.extend(debian)
    return [p for p in found if (p / "postgres").exists() and (p / "initdb").exists()]


def _runs_as(bin_dir: Path, run_as: str | None) -> bool:
    """Whether `run_as` can start this installation's `postgres` at all."""
    try:
        done = _run([str(bin_dir / "postgres"), "--version"], run_as, capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        # Switching to the service user and exec'ing a binary it cannot reach (a venv under a
        # private 0700 folder) raises PermissionError here rather than returning non-zero.
        return False
    return done.returncode == 0


def _pick_binaries(run_as: str | None, cluster_dir: Path) -> Path:
    candidates = _binary_candidates()
    if not candidates:
        raise WarehouseError(
            "no PostgreSQL binaries: install the pgserver package (make setup) or Debian's postgresql"
        )
    for bin_dir in candidates:
        if _runs_as(bin_dir, run_as):
            return bin_dir
    # The service user cannot reach any of them (e.g. a venv under a private home):
    # copy the first installation next to the cluster, which that user owns.
    source = candidates[0].parent
    target = _copy_installation(source, cluster_dir / "pgcopy")
    if run_as:
        shutil.chown(cluster_dir / "pgcopy", run_as, run_as)
    if not _runs_as(target / "bin", run_as):
        raise WarehouseError(f"{run_as or 'this user'} cannot run PostgreSQL from {source} nor from its copy {target}")
    return target / "bin"


def _copy_installation(source: Path, into: Path) -> Path:
    """Copy an installation (`<pkg>/pginstall`) keeping the layout its binaries' RPATH expects:
    the pgserver wheel's binaries load their libraries from `$ORIGIN/../../../pgserver.libs`,
    the `<pkg>.libs` folder next to the package (auditwheel's layout)."""
    package = source.parent
    target = into / package.name / source.name
    if not target.exists():
        shutil.copytree(source, target, symlinks=True)
    libs = package.parent / f"{package.name}.libs"
    if libs.is_dir() and not (into / libs.name).exists():
        shutil.copytree(libs, into / libs.name, symlinks=True)
    return target


# --- cluster location -------------------------------------------------------------------


def _fallback_dir() -> Path:
    digest = hashlib.sha1(str(config.home()).encode()).hexdigest()[:12]
    return Path("/var/lib/vndx") / digest


def _cluster_dir(run_as: str | None) -> Path:
    """Where the cluster lives: under the project, unless the service user cannot reach it."""
    local = _warehouse_dir() / "cluster"
    local.mkdir(parents=True, exist_ok=True)
    if not run_as:
        return local
    # Our own new folder: hand it to the service user, private to it.
    shutil.chown(local, run_as, run_as)
    local.chmod(0o700)
    if _can_use(local, run_as, "-w"):
        return local
    local.rmdir()
    fallback = _fallback_dir()
    if fallback.exists() and any(fallback.iterdir()):
        # Left by an earlier checkout at this same path whose state.json is gone: its password
        # is lost with it, so keep its data aside (never delete a cluster) and start afresh.
        aside = fallback.with_name(f"{fallback.name}.orphaned-{int(time.time())}")
        fallback.rename(aside)
        print(f"vndx: an earlier cluster without state was moved aside to {aside}", flush=True)
    fallback.mkdir(parents=True, exist_ok=True)
    shutil.chown(fallback, run_as, run_as)
    fallback.chmod(0o700)
    return fallback


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _accepts(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


# --- lifecycle --------------------------------------------------------------------------


def _initdb(state: State) -> None:
    pgdata = state.pgdata
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    (pgdata.parent / "log").mkdir(exist_ok=True)
    pwfile = pgdata.parent / "pwfile"
    pwfile.write_text(state.password + "\n")
    pwfile.chmod(0o600)
    if state.run_as:
        for path in (pwfile, pgdata.parent / "log"):
            shutil.chown(path, state.run_as, state.run_as)
    try:
        done = _run(
            [
                str(Path(state.bin_dir) / "initdb"),
                "-D", str(pgdata),
                "--username", SUPERUSER,
                "--pwfile", str(pwfile),
                "--auth-local", "scram-sha-256",
                "--auth-host", "scram-sha-256",
                "--encoding", "UTF8",
                "--locale", "C",
            ],
            state.run_as,
            capture_output=True,
            text=True,
        )
    finally:
        pwfile.unlink(missing_ok=True)
    if done.returncode != 0:
        raise WarehouseError(f"initdb failed:\n{done.stdout}\n{done.stderr}")
    conf = pgdata / "postgresql.auto.conf"
    extra = (
        f"listen_addresses = '127.0.0.1'\nport = {state.port}\nunix_socket_directories = ''\n"
        "max_connections = 100\nshared_buffers = '256MB'\nfsync = on\n"
    )
    with conf.open("a") as fh:
        fh.write(extra)


def _pg_ctl(state: State, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return _run(
        [str(Path(state.bin_dir) / "pg_ctl"), "-D", str(state.pgdata), *args],
        state.run_as,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=timeout,
        start_new_session=True,  # the server must outlive this command
    )


def is_running(state: State | None = None) -> bool:
    state = state or load_state()
    if state is None or not state.pgdata.exists():
        return False
    return _pg_ctl(state, "status").returncode == 0 and _accepts(state.port)


def up() -> State:
    """Start the embedded warehouse (initialising it on first use). Idempotent."""
    state = load_state()
    if state is not None and is_running(state):
        _ensure_database(state)
        return state
    if state is None or not (state.pgdata / "PG_VERSION").exists():
        state = _create_cluster()
    elif not _port_is_free(state.port):
        raise WarehouseError(
            f"port {state.port} is taken by another program; stop it or remove {_warehouse_dir()}"
        )
    done = _pg_ctl(state, "-l", str(state.logfile), "-w", "-t", "60", "start", timeout=90)
    if done.returncode != 0:
        tail = state.logfile.read_text()[-2000:] if state.logfile.exists() else ""
        raise WarehouseError(f"PostgreSQL did not start: {done.stderr.strip()}\n{tail}")
    for _ in range(100):
        if _accepts(state.port):
            break
        time.sleep(0.1)
    _ensure_database(state)
    return state


def _create_cluster() -> State:
    """Initialise a new cluster; on failure, remove what this attempt created (so the next
    attempt starts clean instead of tripping over an empty or half-made cluster folder)."""
    run_as = None
    if _is_root():
        _ensure_service_user()
        run_as = SERVICE_USER
    cluster = _cluster_dir(run_as)
    try:
        port = config.embedded_port()
        if not _port_is_free(port):
            port = _free_port()
        state = State(
            port=port,
            password=secrets.token_urlsafe(18),
            cluster_dir=str(cluster),
            bin_dir=str(_pick_binaries(run_as, cluster)),
            run_as=run_as,
        )
        _initdb(state)
        _save_state(state)
    except BaseException:
        shutil.rmtree(cluster, ignore_errors=True)
        raise
    return state


def down() -> bool:
    """Stop the embedded warehouse. Idempotent; returns whether a server was stopped."""
    state = load_state()
    if state is None or not state.pgdata.exists():
        return False
    if _pg_ctl(state, "status").returncode != 0:
        return False
    done = _pg_ctl(state, "-m", "fast", "-w", "stop")
    if done.returncode != 0:
        raise WarehouseError(f"pg_ctl stop failed: {done.stderr.strip()}")
    return True


def _ensure_database(state: State, name: str = DATABASE) -> None:
    import psycopg  # noqa: PLC0415

    with psycopg.connect(state.url("postgres"), autocommit=True, connect_timeout=10) as conn:
        exists = conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'create database "{name}"')


def create_database(name: str) -> str:
    """Create (if missing) another database in the embedded cluster; returns its URL."""
    state = up()
    _ensure_database(state, name)
    return state.url(name)
