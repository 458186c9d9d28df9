"""One local HTTP site for the scraper and fault tests (real sockets, tests only).

`LocalSite` listens on 127.0.0.1 at a free port, answers from threads, counts every request by
path and keeps its arrival time; a test's site is a subclass whose `respond(req, path, n)` says
what each path answers (`n`: how many times that path was asked for, this one included), with
`req.send(...)`. `serving(site)` runs it for a `with` block.

Arrival times are the kernel's receive timestamps (SO_TIMESTAMPNS) of each request's first
bytes, not the time a handler thread got round to it: on loopback the kernel stamps a packet
while the client's send is still in its system call, so the gaps between arrivals are the gaps
between the client's sends, whatever the load on the machine (a handler thread may start late).
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar

SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)  # Linux; its SCM_ message type is the same


def _stamp(ancillary) -> float | None:
    for level, kind, raw in ancillary:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS:
            seconds, nanoseconds = struct.unpack("qq", raw[:16])
            return seconds + nanoseconds / 1e9
    return None


# Linux stamps received packets only while some socket asks for it, and switches that on a
# moment after the first one does (deferred work): a request arriving meanwhile has no stamp.
# This socket keeps it on for the whole test process; `_stamping_on` waits for the switch.
_KEEP_STAMPING = socket.socket()
_KEEP_STAMPING.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
_stamping = threading.Event()


def _stamping_on(timeout: float = 10.0) -> bool:
    """Whether a TCP packet over loopback now arrives stamped (tried until `timeout`)."""
    deadline = time.monotonic() + timeout
    while not _stamping.is_set() and time.monotonic() < deadline:
        with socket.create_server(("127.0.0.1", 0)) as listener, \
                socket.create_connection(listener.getsockname()) as client:
            conn, _addr = listener.accept()
            with conn:
                conn.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
                client.sendall(b"x")
                _data, ancillary, _flags, _addr = conn.recvmsg(1, socket.CMSG_SPACE(16))
                if _stamp(ancillary) is not None:
                    _stamping.set()
                else:
                    time.sleep(0.01)
    return _stamping.is_set()


class Request(BaseHTTPRequestHandler):
    """One connection's requests; the site decides the answers (`LocalSite.respond`)."""

    server: LocalSite
    disable_nagle_algorithm = True
    wbufsize = -1  # headers and body leave in one write (flushed after each request)

    def setup(self) -> None:
        super().setup()
        self.protocol_version = self.server.protocol_version
        self.connection.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        self.arrived: float | None = None

    def log_message(self, format: str, *args) -> None:
        pass

    def handle_one_request(self) -> None:
        # Peek at the request's first byte for the kernel's timestamp of its arrival (the read
        # buffer is empty here: clients send the next request after reading this one's answer).
        try:
            data, ancillary, _flags, _addr = self.connection.recvmsg(1, socket.CMSG_SPACE(16), socket.MSG_PEEK)
        except OSError:
            data, ancillary = b"", []
        if not data:
            self.close_connection = True
            return
        self.arrived = _stamp(ancillary)
        super().handle_one_request()

    def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None, length: int | None = None) -> None:
        """A whole response; `length` declares another Content-Length than the body's."""
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        with contextlib.suppress(OSError):  # clients hang up on purpose (timeouts, size limits)
            self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        site = self.server
        with site.lock:
            site.hits[path] += 1
            n = site.hits[path]
            site.arrivals.append((self.arrived, path))
            site.user_agents.add(self.headers.get("User-Agent", ""))
        site.respond(self, path, n)


class LocalSite(ThreadingHTTPServer):
    daemon_threads = True
    protocol_version = "HTTP/1.1"  # keep-alive, as the crawler's session uses it

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Request)  # a free port
        self.lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        self.arrivals: list[tuple[float | None, str]] = []  # (kernel arrival time, path), in order
        self.user_agents: set[str] = set()
        self.stamped = _stamping_on()  # arrival times are the kernel's from the first request on

    def server_bind(self) -> None:
        # On the listening socket too: a connection's first request may arrive before `accept`
        # returns it, and it is stamped only if timestamps were on then (accepted sockets inherit).
        self.socket.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        super().server_bind()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def respond(self, req: Request, path: str, n: int) -> None:
        raise NotImplementedError  # each site says what its paths answer

    def take_hits(self) -> Counter[str]:
        """The requests by path since the last call."""
        with self.lock:
            hits, self.hits = self.hits, Counter()
        return hits

    def times(self, path: str | None = None) -> list[float]:
        """Arrival times of the requests for `path` (all paths: None), in arrival order."""
        with self.lock:
            stamps = [t for t, p in self.arrivals if path in (None, p)]
        if None in stamps:
            raise RuntimeError("no kernel receive timestamp (SO_TIMESTAMPNS) on this platform")
        return sorted(stamps)  # type: ignore[arg-type]

    def handle_error(self, request, client_address) -> None:
        pass  # clients hang up on purpose (timeouts, size limits)


Site = TypeVar("Site", bound=LocalSite)

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 writes Vietnamese (the legacy portals' charset): base letter
    (â, ơ, ...) then a combining tone mark."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


@contextlib.contextmanager
def serving(site: Site) -> Iterator[Site]:
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.shutdown()
        site.server_close()


def free_port() -> int:
    """A port where nothing listens (for "connection refused")."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
