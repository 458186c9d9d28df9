"""What a run built: the consolidated mart as a table or JSON lines, row counts, doc paths."""

from __future__ import annotations

import json
import sys

from vndx import config
from vndx.warehouse.db import connect, warehouse_url

MART = "marts.fct_indicator_value"

FACTS_SQL = f"""
select province_slug, indicator_code, period_year, value, unit, out_of, qualifier,
       n_observations, n_sources, has_conflict
from {MART}
order by province_slug, indicator_code, period_year
"""


def consolidated_rows(url: str | None = None) -> list[dict]:
    with connect(url or warehouse_url()) as conn:
        rows = conn.execute(FACTS_SQL).fetchall()
    keys = ("province", "indicator", "period", "value", "unit", "out_of", "qualifier",
            "n_observations", "n_sources", "has_conflict")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def print_facts_jsonl(url: str | None = None) -> int:
    """`vndx facts`: the consolidated province x indicator x period rows as JSON lines."""
    try:
        rows = consolidated_rows(url)
    except Exception as exc:  # no marts yet is the common case: say what to do
        print(f"vndx facts: cannot read {MART}: {exc}\nrun `make run` first", file=sys.stderr)
        return 1
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    return 0


def _format_value(value: float) -> str:
    return f"{value:,.4f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"


def print_mart_table(url: str | None = None, out=sys.stdout) -> None:
    rows = consolidated_rows(url)
    header = ("province", "indicator", "period", "value", "unit", "sources")
    table = [
        (r["province"], r["indicator"], str(r["period"]),
         _format_value(r["value"]) + (f"/{r['out_of']}" if r["out_of"] else ""), r["unit"], str(r["n_sources"]))
        for r in rows
    ]
    widths = [max(len(h), *(len(row[i]) for row in table)) if table else len(h) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print(f"\n{MART}: {len(rows)} rows (province x indicator x period)", file=out)
    print(line, file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in table:
        cells = [c.rjust(w) if i == 3 else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        print("  ".join(cells).rstrip(), file=out)


def table_counts(url: str | None = None) -> dict[str, int]:
    """Row count of every table in the warehouse's own schemas (for the idempotency check)."""
    counts: dict[str, int] = {}
    with connect(url or warehouse_url()) as conn:
        tables = conn.execute(
            "select table_schema, table_name from information_schema.tables"
            " where table_schema in ('raw','quarantine','audit','staging','intermediate','marts')"
            " and table_type = 'BASE TABLE' order by 1, 2"
        ).fetchall()
        for schema, name in tables:
            counts[f"{schema}.{name}"] = conn.execute(f'select count(*) from "{schema}"."{name}"').fetchone()[0]
    return counts


def crawl_summary(url: str, since=None) -> str:
    """What the pipeline did: with `since`, only what this run (started at `since`) wrote."""
    import datetime as dt  # noqa: PLC0415

    since = since or dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    queries = {
        "pages": "select count(*) from raw.page_urls where role = 'article' and error_class is null"
                 " and fetched_at >= %(t)s",
        "docs": "select count(*) from raw.documents where parsed_at >= %(t)s",
        # documents of the batches this run parsed that it skipped (same content and versions)
        "docs_unchanged": "select count(*) from raw.documents d where d.parsed_at < %(t)s and d.batch_id in ("
                          "select batch_id from audit.batch_stages where stage = 'parse' and started_at >= %(t)s)",
        "facts": "select count(*) from raw.facts where loaded_at >= %(t)s",
        # facts of the batches this run validated whose inputs had not changed (kept, not re-stamped)
        "facts_unchanged": "select coalesce(sum(v.evaluated), 0) from audit.validation_runs v"
                           " where v.suite = 'facts' and v.run_at < %(t)s and v.batch_id in ("
                           "select batch_id from audit.batch_stages where stage = 'validate' and started_at >= %(t)s)",
        "quarantined": "select count(*) from quarantine.facts where quarantined_at >= %(t)s",
        "unchanged": "select count(*) from raw.fetch_log where error_class = 'not_modified' and requested_at >= %(t)s",
        "errors": "select count(*) from raw.fetch_log where error_class is not null"
                  " and error_class <> 'not_modified' and requested_at >= %(t)s",
    }
    with connect(url) as conn:
        n = {k: conn.execute(q, {"t": since}).fetchone()[0] for k, q in queries.items()}
    skipped = f" ({n['docs_unchanged']} unchanged, not parsed again)" if n["docs_unchanged"] else ""
    kept = f" ({n['facts_unchanged']} unchanged, not validated again)" if n["facts_unchanged"] else ""
    return (f"{n['pages']} pages landed, {n['unchanged']} answered 304 (unchanged), {n['docs']} articles{skipped}, "
            f"{n['facts']} facts validated{kept}, {n['quarantined']} quarantined, {n['errors']} fetch errors recorded")


def mart_summary(url: str) -> str:
    with connect(url) as conn:
        n = conn.execute(f"select count(*) from {MART}").fetchone()[0]
        obs = conn.execute("select count(*) from marts.fct_indicator_observation").fetchone()[0]
    return f"{obs} observations, {n} consolidated values"


def print_doc_paths(out=sys.stdout) -> None:
    from expectations.runner import data_docs_index  # noqa: PLC0415  (only when the docs are printed)

    print("\ndbt docs:      " + str(config.dbt_project_dir() / "target" / "index.html"), file=out)
    print("GX data docs:  " + str(data_docs_index(config.gx_docs_dir())), file=out)
    print("facts as JSON: .venv/bin/vndx facts", file=out)


# Tables with a source_id, counted per source (what one source contributed; the fault tests
# compare a source's rows after a fault elsewhere with its rows after a clean run).
SOURCE_TABLES = ("raw.fetch_log", "raw.page_urls", "raw.documents", "raw.fact_candidates", "raw.facts",
                 "raw.parse_errors", "raw.crawl_errors", "quarantine.facts", "marts.fct_indicator_observation")


def rows_by_source(url: str | None = None) -> dict[str, dict[str, int]]:
    """{table: {source_id: rows}} for SOURCE_TABLES (a missing table counts as empty)."""
    counts: dict[str, dict[str, int]] = {}
    with connect(url or warehouse_url(), autocommit=True) as conn:
        for table in SOURCE_TABLES:
            schema, name = table.split(".")
            exists = conn.execute("select 1 from information_schema.tables where table_schema = %s"
                                  " and table_name = %s", (schema, name)).fetchone()
            rows = conn.execute(f"select source_id, count(*) from {table} group by 1").fetchall() if exists else []
            counts[table] = dict(rows)
    return counts
