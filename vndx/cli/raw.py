"""``vndx raw migrate [--remove-legacy]`` and ``vndx raw check``: the WARC raw archive.

migrate  converts a content-addressed gzip store (the layout before the WARC archive) into WARC
         records under `warc/migrated/` of the raw root, points the raw.pages / raw.page_urls rows
         at them, and prints the counts; nothing is deleted unless --remove-legacy (each body is
         read back from its WARC record and hashed first). A second run changes nothing.
check    runs warcio's checker (`warcio check`: digests of every record) over every WARC file of
         the raw root, and checks that each file has its CDXJ index; exit code 1 on a problem.
"""

from __future__ import annotations

import argparse
import json
import sys


def _migrate(args: argparse.Namespace) -> int:
    from scrapers.landing import migrate_legacy_store  # noqa: PLC0415
    from vndx import config  # noqa: PLC0415
    from vndx.warehouse.db import connect, ensure_schema  # noqa: PLC0415

    raw_root = args.raw_root or config.raw_root()
    if args.no_database:
        counts = migrate_legacy_store(raw_root, None, remove_legacy=args.remove_legacy)
    else:
        ensure_schema()  # the WARC location columns
        with connect() as conn:
            counts = migrate_legacy_store(raw_root, conn, remove_legacy=args.remove_legacy)
    print(json.dumps({"raw_root": raw_root, **counts}))
    return 0


def _check(args: argparse.Namespace) -> int:
    from scrapers import warc  # noqa: PLC0415
    from vndx import config  # noqa: PLC0415

    raw_root = args.raw_root or config.raw_root()
    files = warc.warc_files(raw_root)
    ok, report = warc.check_files(files)
    unindexed = [f for f in files if not f.with_name(f.name.removesuffix(".warc.gz") + ".cdxj").exists()]
    if report:
        print(report, end="")
    for f in unindexed:
        print(f"{f}: no CDXJ index beside it")
    print(f"{len(files)} WARC file(s) under {raw_root}: " + ("ok" if ok and not unindexed else "PROBLEMS"))
    return 0 if ok and not unindexed else 1


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vndx raw", description="The WARC raw archive.")
    sub = p.add_subparsers(dest="action", required=True)
    mig = sub.add_parser("migrate", help="convert a legacy gzip store to WARC (keeps it unless --remove-legacy)")
    mig.add_argument("--remove-legacy", action="store_true", help="delete each legacy body once archived")
    mig.add_argument("--no-database", action="store_true", help="convert the files only (no row updates)")
    mig.add_argument("--raw-root", help="default: $VNDX_RAW_ROOT or $VNDX_HOME/raw")
    mig.set_defaults(func=_migrate)
    chk = sub.add_parser("check", help="warcio's checker over every WARC file, and their CDXJ indexes")
    chk.add_argument("--raw-root", help="default: $VNDX_RAW_ROOT or $VNDX_HOME/raw")
    chk.set_defaults(func=_check)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
