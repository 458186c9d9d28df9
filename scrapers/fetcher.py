"""The one shared HTTP client: politeness, robots.txt, retries, conditional GET, size and redirect limits.

One `Fetcher` is shared by every source of a run. Requests to one host are serialised (one at a time)
and spaced by that host's delay, start to start: no request to a host starts earlier than the
delay after the previous one's start. robots.txt counts: it is the host's first request, and the
next one waits the delay after it (the larger of the source's `crawl_delay` and robots.txt's
`Crawl-delay`). Different hosts proceed in parallel from the caller's threads. Every attempt is
returned as an `Attempt` for the fetch log; nothing raises for a single page's failure.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from urllib.parse import urljoin, urlsplit

import requests
from protego import Protego
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from scrapers import errors

MB = 1024 * 1024


def user_agent() -> str:
    """`vndx/<version>`: scrapers ship in the `vndx` distribution, so its version is theirs (read from
    the installed metadata, the one version string: pyproject.toml)."""
    try:
        version = metadata.version("vndx")
    except metadata.PackageNotFoundError:  # a bare checkout that was never installed
        version = "0+unknown"
    return f"vndx/{version} (+https://github.com/vndx/vndx)"


@dataclass
class Attempt:
    url: str
    attempt: int
    requested_at: datetime
    status: int | None = None
    error_class: str | None = None
    error_message: str | None = None
    bytes: int | None = None
    elapsed_ms: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int | None
    headers: dict[str, str]
    body: bytes | None
    error_class: str | None
    error_message: str | None
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """A usable body (200) or a confirmed unchanged page (304)."""
        return self.error_class in (None, errors.NOT_MODIFIED) and self.status in (200, 304)

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")


# When this thread's last request was handed to the kernel (time.monotonic()): the start of the
# delay to the host's next request. Read before sending, a thread preempted between the reading
# and the sending would send late, and the next request, on time, would reach the server less
# than the delay after it.
_sent = threading.local()


def _stamping(connection: type[HTTPConnection]) -> type[HTTPConnection]:
    class Stamping(connection):  # type: ignore[misc, valid-type]
        def request(self, *args, **kwargs):
            try:
                return super().request(*args, **kwargs)  # connects if needed, sends the request
            finally:
                _sent.at = time.monotonic()

    return Stamping


class _SentAtAdapter(HTTPAdapter):
    """requests' adapter whose connections note when each request left (`_sent.at`)."""

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("HTTPPool", (HTTPConnectionPool,), {"ConnectionCls": _stamping(HTTPConnection)}),
            "https": type("HTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": _stamping(HTTPSConnection)}),
        }


@dataclass
class _Gate:
    """One host's pacing. Held for the whole exchange, so requests to a host never overlap."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    last_start: float | None = None  # time.monotonic() when the last request to the host left
    last_delay: float = 0.0  # the delay that request asked for
    not_before: float = 0.0  # no request before this (a Retry-After)

    def due(self, delay: float) -> float:
        """When the next request may start: the larger of the two requests' delays after the
        last start (robots.txt asks for none, yet the request after it keeps the host's delay)."""
        spaced = (self.last_start + max(delay, self.last_delay)) if self.last_start is not None else 0.0
        return max(spaced, self.not_before)


class _Failure(Exception):
    def __init__(self, error_class: str, message: str, status: int | None = None,
                 response: requests.Response | None = None, final_url: str | None = None):
        super().__init__(message)
        self.error_class = error_class
        self.status = status
        self.response = response
        self.final_url = final_url


class Fetcher:
    """Polite HTTP client. Thread-safe: call `fetch` from many threads."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        max_bytes: int = 15 * MB,
        max_redirects: int = 5,
        max_attempts: int = 3,
        backoff_base: float = 1.0,
        backoff_max: float = 60.0,
        retry_after_cap: float = 120.0,
        obey_robots: bool = True,
        pool_size: int = 32,
        agent: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.retry_after_cap = retry_after_cap
        self.obey_robots = obey_robots
        self.user_agent = agent or user_agent()
        self._sleep = sleep
        self.session = requests.Session()
        adapter = _SentAtAdapter(pool_connections=pool_size, pool_maxsize=pool_size, max_retries=0)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.update({"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"})
        self._gates: dict[str, _Gate] = {}
        self._robots: dict[str, Protego | None] = {}
        # Hosts whose robots.txt could not be read as such: netloc -> (error class, message), so a
        # port where nothing listens reads "connection refused", not "disallowed by robots.txt".
        self._robots_failure: dict[str, tuple[str, str]] = {}
        self._robots_lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._meta = threading.Lock()

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- politeness -----------------------------------------------------------------------------
    def _gate(self, netloc: str) -> _Gate:
        with self._meta:
            return self._gates.setdefault(netloc, _Gate())

    def _robots_for(self, url: str) -> Protego | None:
        """Parsed robots.txt of the URL's host (cached; None = everything allowed)."""
        parts = urlsplit(url)
        netloc = parts.netloc.lower()
        with self._meta:
            lock = self._host_locks.setdefault(netloc, threading.Lock())
        with lock:
            if netloc in self._robots:
                return self._robots[netloc]
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            parsed: Protego | None
            try:
                # Its Crawl-delay is not known yet: the request after it waits its own delay.
                resp = self._request(robots_url, {}, delay=0.0)
                body = self._read(resp)
                if resp.status_code == 200:
                    parsed = Protego.parse(body.decode("utf-8", "replace"))
                elif 400 <= resp.status_code < 500:
                    parsed = None  # RFC 9309: unavailable robots.txt -> crawl allowed
                else:
                    parsed = Protego.parse("User-agent: *\nDisallow: /\n")  # unreachable -> disallow
                    self._robots_failure[netloc] = (
                        errors.ROBOTS_DISALLOWED,
                        f"robots.txt answered HTTP {resp.status_code}: the whole host counts as disallowed")
            except _Failure as exc:
                parsed = Protego.parse("User-agent: *\nDisallow: /\n")
                self._robots_failure[netloc] = (exc.error_class, f"robots.txt unreadable: {exc}")
            except requests.RequestException as exc:
                parsed = Protego.parse("User-agent: *\nDisallow: /\n")
                self._robots_failure[netloc] = _network_failure(exc, f"robots.txt of {netloc} unreachable")
            self._robots[netloc] = parsed
            return parsed

    def robots_allows(self, url: str) -> bool:
        if not self.obey_robots:
            return True
        rules = self._robots_for(url)
        return rules is None or rules.can_fetch(url, self.user_agent)

    def host_delay(self, url: str, delay: float) -> float:
        rules = self._robots_for(url) if self.obey_robots else None
        robots_delay = rules.crawl_delay(self.user_agent) if rules is not None else None
        return max(delay, float(robots_delay or 0.0))

    # -- one HTTP exchange ------------------------------------------------------------------------
    def _request(self, url: str, headers: dict[str, str], delay: float) -> requests.Response:
        gate = self._gate(urlsplit(url).netloc.lower())
        with gate.lock:  # one request at a time per host
            # What `session.get` does before sending (cookies, proxies and .netrc from the
            # environment: some ms beside busy threads), done while the delay runs (the lock is
            # held: the previous answer's cookies are in).
            prepared = self.session.prepare_request(requests.Request("GET", url, headers=headers))
            settings = self.session.merge_environment_settings(prepared.url, {}, True, None, None)
            # One sleep to an absolute deadline computed from the last request's start (when it
            # left, not when its answer came): its answer and this thread's wake-up are inside
            # the delay.
            wait = gate.due(delay) - time.monotonic()
            if wait > 0:
                self._sleep(wait)
            _sent.at = None
            started = time.monotonic()
            try:
                resp = self.session.send(prepared, timeout=self.timeout, allow_redirects=False, **settings)
            finally:  # a request that failed may still have reached the server
                gate.last_start = max(started, _sent.at or started)
                gate.last_delay = delay
            try:
                resp._vndx_body = self._read(resp)  # type: ignore[attr-defined]
            except BaseException:
                resp.close()
                raise
            return resp

    def _read(self, resp: requests.Response) -> bytes:
        cached = getattr(resp, "_vndx_body", None)
        if cached is not None:
            return cached
        length = resp.headers.get("content-length")
        if length and length.isdigit() and int(length) > self.max_bytes:
            resp.close()
            raise _Failure(errors.BODY_TOO_LARGE, f"Content-Length {length} > {self.max_bytes}",
                           resp.status_code)
        chunks, size = [], 0
        deadline = time.monotonic() + self.timeout * 3
        try:
            for chunk in resp.iter_content(64 * 1024):
                size += len(chunk)
                if size > self.max_bytes:
                    raise _Failure(errors.BODY_TOO_LARGE, f"body exceeds {self.max_bytes} bytes",
                                   resp.status_code)
                if time.monotonic() > deadline:
                    raise _Failure(errors.TIMEOUT, "body download exceeded its deadline", resp.status_code)
                chunks.append(chunk)
        except requests.exceptions.ChunkedEncodingError as exc:
            raise _Failure(errors.TRUNCATED_HTML, f"connection closed mid-body: {exc}",
                           resp.status_code) from exc
        except requests.exceptions.ConnectionError as exc:
            cls = errors.TIMEOUT if "timed out" in str(exc).lower() else errors.CONNECTION_ERROR
            raise _Failure(cls, str(exc), resp.status_code) from exc
        finally:
            resp.close()
        return b"".join(chunks)

    def _follow(self, url: str, headers: dict[str, str], delay: float,
                allowed: Callable[[str], bool]) -> tuple[requests.Response, str]:
        """GET with redirects followed by hand (limit, loop detection, domain allow-list, robots)."""
        seen = [url]
        current = url
        while True:
            # A redirect may lead to another host: its own robots.txt Crawl-delay counts there.
            resp = self._request(current, headers, self.host_delay(current, delay) if current != url else delay)
            if resp.status_code not in (301, 302, 303, 307, 308) or "location" not in resp.headers:
                return resp, current
            target = urljoin(current, resp.headers["location"])
            if target in seen:
                raise _Failure(errors.REDIRECT_LOOP, f"redirect loop: {' -> '.join([*seen, target])}",
                               resp.status_code, final_url=current)
            if len(seen) > self.max_redirects:
                raise _Failure(errors.TOO_MANY_REDIRECTS, f"more than {self.max_redirects} redirects",
                               resp.status_code, final_url=current)
            if not allowed(target):
                raise _Failure(errors.OFFDOMAIN_REDIRECT, f"redirect to {target} is outside the source",
                               resp.status_code, final_url=target)
            if not self.robots_allows(target):
                raise _Failure(errors.ROBOTS_DISALLOWED, f"redirect target {target} disallowed by robots.txt",
                               resp.status_code, final_url=target)
            seen.append(target)
            current = target

    # -- public ---------------------------------------------------------------------------------
    def fetch(
        self,
        url: str,
        *,
        allowed: Callable[[str], bool] | None = None,
        delay: float = 1.0,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchResult:
        """Fetch one URL politely. Never raises for HTTP or network failures: see `error_class`."""
        allowed = allowed or (lambda _u: True)
        attempts: list[Attempt] = []
        if not self.robots_allows(url):
            cls, msg = self._robots_failure.get(urlsplit(url).netloc.lower(),
                                                (errors.ROBOTS_DISALLOWED, "disallowed by robots.txt"))
            att = Attempt(url, 1, datetime.now(UTC), error_class=cls, error_message=msg)
            return FetchResult(url, url, None, {}, None, att.error_class, att.error_message, [att])
        host_delay = self.host_delay(url, delay)
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for number in range(1, self.max_attempts + 1):
            att = Attempt(url, number, datetime.now(UTC))
            attempts.append(att)
            started = time.monotonic()
            result: FetchResult | None = None
            retry_after: float | None = None
            try:
                resp, final = self._follow(url, headers, host_delay, allowed)
                body = self._read(resp)
                hdrs = {k.lower(): v for k, v in resp.headers.items()}
                att.status, att.final_url, att.bytes = resp.status_code, final, len(body)
                att.etag, att.last_modified = hdrs.get("etag"), hdrs.get("last-modified")
                status = resp.status_code
                if status == 304:
                    att.error_class, att.error_message = errors.NOT_MODIFIED, "unchanged since last fetch"
                elif status == 429:
                    att.error_class, att.error_message = errors.RATE_LIMITED, "HTTP 429"
                    retry_after = _retry_after(hdrs.get("retry-after"))
                elif status >= 500:
                    att.error_class, att.error_message = errors.HTTP_5XX, f"HTTP {status}"
                    retry_after = _retry_after(hdrs.get("retry-after"))
                elif status == 404 or status == 410:
                    att.error_class, att.error_message = errors.HTTP_404, f"HTTP {status}"
                elif status >= 400:
                    att.error_class, att.error_message = errors.HTTP_4XX, f"HTTP {status}"
                elif status != 200:
                    att.error_class, att.error_message = errors.HTTP_4XX, f"unexpected HTTP {status}"
                result = FetchResult(url, final, status, hdrs, body if status == 200 else None,
                                     att.error_class, att.error_message, attempts)
            except _Failure as exc:
                att.status, att.error_class, att.error_message = exc.status, exc.error_class, str(exc)
                att.final_url = exc.final_url
            except requests.exceptions.Timeout as exc:
                att.error_class, att.error_message = errors.TIMEOUT, str(exc)
            except requests.exceptions.TooManyRedirects as exc:
                att.error_class, att.error_message = errors.TOO_MANY_REDIRECTS, str(exc)
            except requests.exceptions.RequestException as exc:
                att.error_class, att.error_message = _network_failure(exc, type(exc).__name__)
            att.elapsed_ms = int((time.monotonic() - started) * 1000)
            if att.error_class not in errors.RETRYABLE or number == self.max_attempts:
                break
            wait = min(self.backoff_max, self.backoff_base * 2 ** (number - 1))
            if retry_after is not None:
                wait = min(self.retry_after_cap, max(wait, retry_after))
                gate = self._gate(urlsplit(url).netloc.lower())
                with gate.lock:  # the whole host waits, not just this URL
                    gate.not_before = max(gate.not_before, time.monotonic() + wait)
                att.error_message = f"{att.error_message}; retry after {wait:g}s"
            else:
                att.error_message = f"{att.error_message}; retry in {wait:g}s"
            self._sleep(wait)
        last = attempts[-1]
        if result is None or result.attempts[-1] is not last:
            result = FetchResult(url, last.final_url or url, last.status, {}, None, last.error_class,
                                 last.error_message, attempts)
        return result


def _network_failure(exc: requests.RequestException, what: str) -> tuple[str, str]:
    """(error class, message) of a request that got no HTTP answer; "connection refused" (nothing
    listens on the port) is its own class, and its message keeps the words "Connection refused"."""
    text = str(exc)
    if isinstance(exc, requests.exceptions.Timeout) or "timed out" in text.lower():
        return errors.TIMEOUT, f"{what}: {text}"
    if "refused" in text.lower() or isinstance(_root_cause(exc), ConnectionRefusedError):
        return errors.CONNECTION_REFUSED, f"{what}: Connection refused (nothing listens on the port)"
    return errors.CONNECTION_ERROR, f"{what}: {text}"


def _root_cause(exc: BaseException) -> BaseException:
    seen = set()
    while True:
        nxt = exc.__cause__ or exc.__context__
        if nxt is None or id(nxt) in seen:
            return exc
        seen.add(id(nxt))
        exc = nxt


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
