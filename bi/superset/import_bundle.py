"""Import a bundle zipped by bundle.py into Superset, overwriting every object it holds.

    .venv-superset/bin/python bi/superset/import_bundle.py BUNDLE.zip [--user admin]

`superset import-dashboards` overwrites only the dashboard: datasets, charts and the database
connection already imported are left as they were, so a changed dataset SQL or warehouse URI would
never reach a running Superset. Superset's assets importer (the one behind /api/v1/assets/import/)
overwrites them all, which is what makes `make bi` idempotent *and* up to date.
"""

from __future__ import annotations

import argparse
import sys
from zipfile import ZipFile


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle")
    parser.add_argument("--user", default="admin")
    args = parser.parse_args(argv)

    from superset.app import create_app  # noqa: PLC0415

    app = create_app()
    with app.app_context():
        from flask import g  # noqa: PLC0415
        from superset import security_manager  # noqa: PLC0415
        from superset.commands.importers.v1.assets import ImportAssetsCommand  # noqa: PLC0415
        from superset.commands.importers.v1.utils import get_contents_from_bundle  # noqa: PLC0415

        g.user = security_manager.find_user(username=args.user)
        if g.user is None:
            print(f"no Superset user {args.user!r}", file=sys.stderr)
            return 1
        with ZipFile(args.bundle) as bundle:
            contents = get_contents_from_bundle(bundle)
        ImportAssetsCommand(contents).run()
    print(f"imported {sum(1 for name in contents if name.endswith('.yaml'))} files from {args.bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
