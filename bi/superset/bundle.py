"""Zip the dashboard bundle (bi/superset/dashboard/) for `superset import-dashboards`.

    python bi/superset/bundle.py --uri postgresql+psycopg2://bi_reader:PW@HOST:PORT/vndx --out FILE.zip

The YAML files in the repository hold a placeholder database URI (no password is committed); the
real one — the warehouse as the read-only role `bi_reader` — is injected here, in the zip only.
The URI may also come from the environment (`VNDX_BI_URL`).
"""

from __future__ import annotations

import argparse
import os
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import yaml

SOURCE = Path(__file__).resolve().parent / "dashboard"
ROOT = "vndx_dashboard"  # the top folder inside the zip, as Superset's own exports have


def check_uri(uri: str) -> str:
    parts = urlsplit(uri)
    if not parts.scheme.startswith("postgresql") or not parts.hostname or not parts.path.strip("/"):
        raise ValueError(f"not a PostgreSQL SQLAlchemy URI with host and database: {parts.scheme}://...")
    if parts.username != "bi_reader":
        raise ValueError(f"the dashboards must connect as the read-only role bi_reader, not {parts.username!r}")
    return uri


def build(uri: str, out: Path, source: Path = SOURCE, kind: str = "assets") -> Path:
    """Write the bundle to `out` with the database URI set to `uri`; returns `out`.

    kind "assets" (what import_bundle.py loads: every object overwritten, so edits to datasets and
    charts reach a running Superset) or "dashboard" (for Superset's UI Dashboards -> Import, which
    only creates datasets and charts that do not exist yet).
    """
    if kind not in ("assets", "dashboard"):
        raise ValueError(f"kind must be assets or dashboard, not {kind!r}")
    check_uri(uri)
    files = sorted(p for p in source.rglob("*.yaml") if p.is_file())
    if not files:
        raise FileNotFoundError(f"no YAML files under {source}")
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in files:
            rel = path.relative_to(source).as_posix()
            text = path.read_text(encoding="utf-8")
            if rel.startswith("databases/"):
                config = yaml.safe_load(text)
                config["sqlalchemy_uri"] = uri
                text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
            elif rel == "metadata.yaml":
                config = yaml.safe_load(text)
                config["type"] = "assets" if kind == "assets" else "Dashboard"
                text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
            bundle.writestr(f"{ROOT}/{rel}", text)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--uri", default=os.environ.get("VNDX_BI_URL"), help="SQLAlchemy URI (bi_reader)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--kind", choices=["assets", "dashboard"], default="assets")
    args = parser.parse_args(argv)
    if not args.uri:
        parser.error("--uri or VNDX_BI_URL is required")
    print(build(args.uri, args.out, kind=args.kind))
    return 0


if __name__ == "__main__":
    sys.exit(main())
