"""Superset configuration for vndx (local `make bi` and the docker-compose `superset` service).

Everything comes from the environment; bi/superset/up.sh and docker/superset/entrypoint.sh set it.
"""

import os
from pathlib import Path

_HOME = Path(os.environ.get("SUPERSET_HOME") or Path(__file__).resolve().parents[2] / ".vndx" / "superset")

SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]
# Superset's own metadata (users, charts, dashboards): SQLite locally, PostgreSQL in compose.
SQLALCHEMY_DATABASE_URI = os.environ.get("SUPERSET_METADATA_URL") or f"sqlite:///{_HOME / 'superset.db'}"
DATA_DIR = str(_HOME)

# No telemetry, no outside calls: the dashboards are served from the ministry's own network.
FEATURE_FLAGS = {
    "DASHBOARD_RBAC": False,
    "ENABLE_TEMPLATE_PROCESSING": False,
    "THUMBNAILS": False,
    "ALERT_REPORTS": False,
}
PREVENT_UNSAFE_DB_CONNECTIONS = True
# vndx serves on localhost (local) or behind the compose network; no HTTPS redirect here.
TALISMAN_ENABLED = os.environ.get("SUPERSET_TALISMAN", "false").lower() == "true"
WTF_CSRF_ENABLED = True
ROW_LIMIT = 50000
