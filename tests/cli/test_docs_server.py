"""`vndx docs` (what `make docs` runs): serves the dbt docs and the GX Data Docs over HTTP on
127.0.0.1 and prints their URLs; a taken port is replaced by a free one, and the URL says so."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _read_urls(proc: subprocess.Popen, deadline: float) -> dict[str, str]:
    urls: dict[str, str] = {}
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith("serving"):
            return urls
        name, _, rest = line.partition(":")
        urls[name.strip()] = rest.strip()
    raise AssertionError(f"no URLs printed: {urls} {proc.stderr.read() if proc.stderr else ''}")


def test_docs_serves_both_sites_and_prints_their_urls(tmp_path):
    dbt_target = tmp_path / "dbt" / "target"
    dbt_target.mkdir(parents=True)
    (dbt_target / "index.html").write_text("<html>dbt docs page</html>")
    (dbt_target / "manifest.json").write_text('{"nodes": {}}')  # the page loads it over HTTP
    gx = tmp_path / "gx"
    gx.mkdir()
    (gx / "index.html").write_text("<html>GX Data Docs page</html>")
    env = {**os.environ, "VNDX_DBT_PROJECT_DIR": str(tmp_path / "dbt"), "VNDX_GX_DOCS_DIR": str(gx)}
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        taken_port = taken.getsockname()[1]
        proc = subprocess.Popen(
            [sys.executable, "-m", "vndx.cli", "docs", "--dbt-port", str(taken_port), "--gx-port", "0",
             "--no-generate"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        try:
            urls = _read_urls(proc, time.monotonic() + 60)
            dbt_url, gx_url = urls["dbt docs"], urls["GX Data Docs"]
            assert f"(port {taken_port} was taken)" in dbt_url
            dbt_url = dbt_url.split()[0]
            assert dbt_url.startswith("http://127.0.0.1:") and f":{taken_port}/" not in dbt_url
            assert gx_url.startswith("http://127.0.0.1:") and gx_url.endswith("/index.html")
            with urllib.request.urlopen(dbt_url, timeout=10) as resp:
                assert b"dbt docs page" in resp.read()
            with urllib.request.urlopen(dbt_url.replace("index.html", "manifest.json"), timeout=10) as resp:
                assert resp.read() == b'{"nodes": {}}'
            with urllib.request.urlopen(gx_url, timeout=10) as resp:
                assert b"GX Data Docs page" in resp.read()
        finally:
            proc.terminate()
            proc.wait(timeout=20)
