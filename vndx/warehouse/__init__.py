"""The warehouse: an embedded PostgreSQL for one machine, or any PostgreSQL by URL."""

from vndx.warehouse.db import connect, ensure_schema, warehouse_url

__all__ = ["connect", "ensure_schema", "warehouse_url"]
